import { crc32, deflateRawSync } from 'node:zlib';

/**
 * One ZIP entry for hostile fixtures. The structure is written field by field because no ZIP
 * library writes names with `..`, links, lying sizes or overlapping entries on purpose.
 */
export interface RawZipEntry {
  readonly name: string | Buffer;
  readonly data?: Buffer | string;
  /** 0 stored, 8 deflate (the default for files), anything else as given. */
  readonly method?: number;
  /** Unix mode kept in the external attributes (default 0o100644, or 0o40755 for `x/`). */
  readonly mode?: number;
  readonly flags?: number;
  readonly extra?: Buffer;
  /** Overrides for the local header only. */
  readonly local?: Partial<ZipFields> & { readonly name?: string | Buffer };
  /** Overrides for the central record only (`offset` points it at another local header). */
  readonly central?: Partial<ZipFields> & { readonly offset?: number };
  /** Write no local header and no data: the central record points elsewhere (`central.offset`). */
  readonly centralOnly?: boolean;
}

interface ZipFields {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly flags: number;
}

/** Options for the end of the archive. */
export interface RawZipOptions {
  /** The entry count the end record declares, when it must lie. */
  readonly declaredCount?: number;
  /** Write zip64 end records declaring this many entries. */
  readonly zip64DeclaredCount?: bigint;
}

const DOS_TIME = 0;
const DOS_DATE = ((2013 - 1980) << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x800;
const MADE_BY_UNIX = (3 << 8) | 20;

const bytes = (value: string | Buffer) => (typeof value === 'string' ? Buffer.from(value) : value);

interface Built {
  readonly entry: RawZipEntry;
  readonly name: Buffer;
  readonly fields: ZipFields;
  readonly compressed: Buffer;
}

const build = (entry: RawZipEntry): Built => {
  const name = bytes(entry.name);
  const data = bytes(entry.data ?? '');
  const method = entry.method ?? (name.at(-1) === 0x2f ? 0 : 8);
  const compressed = method === 8 ? deflateRawSync(data, { level: 9 }) : data;
  const fields: ZipFields = {
    method,
    crc: crc32(data),
    compressedSize: compressed.length,
    uncompressedSize: data.length,
    flags: entry.flags ?? UTF8_FLAG,
  };
  return { entry, name, fields, compressed };
};

const localHeader = ({ entry, name, fields }: Built): Buffer => {
  const f = { ...fields, ...entry.local };
  const localName = entry.local?.name === undefined ? name : bytes(entry.local.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(f.flags, 6);
  header.writeUInt16LE(f.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(f.crc >>> 0, 14);
  header.writeUInt32LE(f.compressedSize, 18);
  header.writeUInt32LE(f.uncompressedSize, 22);
  header.writeUInt16LE(localName.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, localName]);
};

const centralRecord = ({ entry, name, fields }: Built, offset: number): Buffer => {
  const f = { ...fields, ...entry.central };
  const extra = entry.extra ?? Buffer.alloc(0);
  const mode = entry.mode ?? (name.at(-1) === 0x2f ? 0o40755 : 0o100644);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(MADE_BY_UNIX, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(f.flags, 8);
  record.writeUInt16LE(f.method, 10);
  record.writeUInt16LE(DOS_TIME, 12);
  record.writeUInt16LE(DOS_DATE, 14);
  record.writeUInt32LE(f.crc >>> 0, 16);
  record.writeUInt32LE(f.compressedSize, 20);
  record.writeUInt32LE(f.uncompressedSize, 24);
  record.writeUInt16LE(name.length, 28);
  record.writeUInt16LE(extra.length, 30);
  record.writeUInt32LE((mode << 16) >>> 0, 38);
  record.writeUInt32LE(entry.central?.offset ?? offset, 42);
  return Buffer.concat([record, name, extra]);
};

const endRecords = (
  count: number,
  centralSize: number,
  centralOffset: number,
  options: RawZipOptions,
) => {
  const parts: Buffer[] = [];
  // More than 65,535 entries need the zip64 end records to say how many there are.
  const zip64 = options.zip64DeclaredCount ?? (count > 0xffff ? BigInt(count) : undefined);
  if (zip64 !== undefined) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(MADE_BY_UNIX, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(zip64, 24);
    record.writeBigUInt64LE(zip64, 32);
    record.writeBigUInt64LE(BigInt(centralSize), 40);
    record.writeBigUInt64LE(BigInt(centralOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  const declared = zip64 === undefined ? (options.declaredCount ?? count) : 0xffff;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(declared, 8);
  end.writeUInt16LE(declared, 10);
  end.writeUInt32LE(zip64 === undefined ? centralSize : 0xffffffff, 12);
  end.writeUInt32LE(zip64 === undefined ? centralOffset : 0xffffffff, 16);
  parts.push(end);
  return parts;
};

/** A ZIP of `entries`, local headers and data first, then the central directory. */
export const rawZip = (entries: readonly RawZipEntry[], options: RawZipOptions = {}): Buffer => {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const built = entries.map(build);
  for (const item of built) {
    offsets.push(offset);
    if (item.entry.centralOnly === true) continue;
    const local = Buffer.concat([localHeader(item), item.compressed]);
    parts.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(
    built.map((item, index) => centralRecord(item, offsets[index] ?? 0)),
  );
  return Buffer.concat([
    ...parts,
    central,
    ...endRecords(built.length, central.length, offset, options),
  ]);
};
