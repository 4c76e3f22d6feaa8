import { gzipSync } from 'node:zlib';
import { Header, Pax, type HeaderData } from 'tar';

/**
 * One tar entry for hostile fixtures. node-tar's `Header` encodes the fields, so anything a
 * header can hold can be written: unsafe paths, links, devices, lying sizes, bad checksums.
 */
export interface RawTarEntry {
  readonly path: string;
  readonly type?: HeaderData['type'];
  readonly data?: Buffer | string;
  /** The size the header declares, when it must differ from the data. */
  readonly size?: number;
  readonly linkpath?: string;
  /** Fields of a pax extended header written before this entry (they override the header). */
  readonly pax?: { readonly path?: string; readonly size?: number };
  /** A GNU long-name entry written before this one, with this path. */
  readonly gnuLongPath?: string;
  readonly badChecksum?: boolean;
  readonly mode?: number;
}

/** 2013-01-01, like Moodle's folders: fixtures never depend on the clock. */
const MTIME = new Date(1_356_998_400_000);

const block = (data: HeaderData, badChecksum = false): Buffer => {
  const buffer = Buffer.alloc(512);
  new Header({ uid: 0, gid: 0, uname: '', gname: '', mtime: MTIME, ...data }).encode(buffer);
  if (badChecksum) buffer.write('0000001\0', 148, 'ascii');
  return buffer;
};

const padded = (data: Buffer): Buffer =>
  Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);

const entryBlocks = (entry: RawTarEntry): Buffer[] => {
  const data =
    typeof entry.data === 'string' ? Buffer.from(entry.data) : (entry.data ?? Buffer.alloc(0));
  const type = entry.type ?? 'File';
  const blocks: Buffer[] = [];
  if (entry.pax) blocks.push(new Pax({ ...entry.pax }).encode());
  if (entry.gnuLongPath !== undefined) {
    const body = Buffer.from(`${entry.gnuLongPath}\0`);
    blocks.push(block({ path: '././@LongLink', type: 'NextFileHasLongPath', size: body.length }));
    blocks.push(padded(body));
  }
  blocks.push(
    block(
      {
        path: entry.path,
        type,
        size: entry.size ?? data.length,
        mode: entry.mode ?? (type === 'Directory' ? 0o755 : 0o644),
        linkpath: entry.linkpath,
        devmaj: 0,
        devmin: 0,
      },
      entry.badChecksum,
    ),
  );
  if (data.length > 0) blocks.push(padded(data));
  return blocks;
};

/** A tar of `entries`; `end: false` leaves out the two zero blocks that end an archive. */
export const rawTar = (entries: readonly RawTarEntry[], options: { end?: boolean } = {}): Buffer =>
  Buffer.concat([
    ...entries.flatMap(entryBlocks),
    ...(options.end === false ? [] : [Buffer.alloc(1024)]),
  ]);

/** gzip with fixed settings and OS byte 3, so fixtures are the same bytes on every machine. */
export const gzip = (data: Buffer): Buffer => {
  const out = gzipSync(data, { level: 9 });
  out[9] = 3;
  return out;
};
