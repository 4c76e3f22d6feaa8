import { Readable } from 'node:stream';
import type { ArchiveFileInput } from './archive-input';
import { ArchiveError } from './archive-error';

const toStream = (source: ArchiveFileInput['source']): Readable => {
  if (typeof source === 'function') return source();
  return Readable.from([typeof source === 'string' ? Buffer.from(source, 'utf8') : source]);
};

/**
 * The bytes of a file input, streamed, after `onBytes` has counted them. A source that gives
 * more or fewer bytes than its declared `size` throws 'source-size' (a tar header is written
 * before the data, so the size must be right).
 */
export async function* sourceChunks(
  file: ArchiveFileInput,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  let seen = 0;
  const wrongSize = () =>
    new ArchiveError('source-size', {
      entry: file.path,
      reason: `${String(seen)} ≠ ${String(file.size)}`,
    });
  for await (const chunk of toStream(file.source)) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    seen += bytes.length;
    if (seen > file.size) throw wrongSize();
    onBytes(bytes.length);
    yield bytes;
  }
  if (seen !== file.size) throw wrongSize();
}
