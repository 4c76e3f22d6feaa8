import type { ArchiveFileInput, ArchiveInput } from './archive-input';
import { ArchiveError } from './archive-error';
import { DEFAULT_ARCHIVE_LIMITS } from './archive-limits';
import { checkEntryPath } from './entry-path';
import { PathRegistry } from './path-registry';

/** An entry ready to be written: a checked path, folders listed before what they hold. */
export type PlannedEntry =
  | { readonly kind: 'directory'; readonly path: string }
  | { readonly kind: 'file'; readonly path: string; readonly file: ArchiveFileInput };

const isDirectory = (input: ArchiveInput): input is Extract<ArchiveInput, { directory: true }> =>
  'directory' in input;

const checkFileInput = (input: ArchiveFileInput, depth: number): void => {
  if (depth === 0) throw new ArchiveError('unsafe-path', { entry: input.path, reason: 'no name' });
  if (!Number.isSafeInteger(input.size) || input.size < 0) {
    throw new ArchiveError('source-size', { entry: input.path, reason: String(input.size) });
  }
  if (!Number.isFinite(input.mtime) || input.mtime < 0) {
    throw new RangeError(`mtime of ${input.path}: ${String(input.mtime)}`);
  }
};

/**
 * The writers' input, checked with the same rules as extraction (so Atelier never writes an
 * archive it would refuse) and completed: a folder entry is added before the first entry
 * inside a folder that was not given, as Moodle lists every folder explicitly. A folder given
 * twice is written once; a duplicate file throws an `ArchiveError`.
 */
export async function* plannedEntries(
  inputs: Iterable<ArchiveInput> | AsyncIterable<ArchiveInput>,
): AsyncGenerator<PlannedEntry> {
  const registry = new PathRegistry();
  const written = new Set<string>();
  for await (const input of inputs) {
    const { segments, path } = checkEntryPath(input.path, DEFAULT_ARCHIVE_LIMITS);
    const folders = isDirectory(input) ? segments.length : segments.length - 1;
    for (let depth = 1; depth <= folders; depth += 1) {
      const folder = segments.slice(0, depth);
      const folderPath = folder.join('/');
      if (written.has(folderPath)) continue;
      registry.claim(folder, 'directory', input.path);
      written.add(folderPath);
      yield { kind: 'directory', path: folderPath };
    }
    if (isDirectory(input)) continue;
    checkFileInput(input, segments.length);
    registry.claim(segments, 'file', input.path);
    yield { kind: 'file', path, file: input };
  }
}
