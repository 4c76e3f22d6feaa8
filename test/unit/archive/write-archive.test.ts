import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBufferPromise } from 'yauzl';
import type { ArchiveInput } from '../../../src/main/formats/archive/archive-input';
import { ArchiveError } from '../../../src/main/formats/archive/archive-error';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { writeTarGz } from '../../../src/main/formats/archive/write-tar-gz';
import { writeZip } from '../../../src/main/formats/archive/write-zip';
import { seededBytes } from '../../support/hostile-archives/seeded-bytes';

const MTIME = 1_795_334_826;
const blob = seededBytes('blob', 70_000);
const courseXml = Buffer.from('<course>' + 'é'.repeat(3000) + '</course>');

/** A small backup as writer input: every kind of source, a folder given, parents left out. */
function* inputs(): Generator<ArchiveInput> {
  yield { path: 'moodle_backup.xml', mtime: MTIME, size: 12, source: '<moodle_bac/' };
  yield { path: 'course', directory: true };
  yield {
    path: 'course/course.xml',
    mtime: MTIME,
    size: courseXml.length,
    source: () => Readable.from([courseXml.subarray(0, 1000), courseXml.subarray(1000)]),
  };
  yield { path: 'files/9a/9a3c0c2f8f4e', mtime: MTIME, size: blob.length, source: blob };
  yield { path: 'empty.xml', mtime: MTIME, size: 0, source: Buffer.alloc(0) };
}

/** The same entries as an async iterable, as a caller reading them from disk gives them. */
async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const writers = { 'tar.gz': writeTarGz, zip: writeZip } as const;
let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atelier-write-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const tarHeaders = (gz: Buffer): ReadEntry[] => {
  const entries: ReadEntry[] = [];
  const parser = new Parser({ strict: true });
  parser.on('entry', (entry: ReadEntry) => {
    entries.push(entry);
    entry.resume();
  });
  parser.end(gunzipSync(gz));
  return entries;
};

/** Never ends: enough to cancel a write half-way. */
const endless = () =>
  new Readable({
    read() {
      setTimeout(() => this.push(Buffer.alloc(64 * 1024, 1)), 2);
    },
  });

describe.each(Object.entries(writers))('%s writer', (kind, write) => {
  it('writes what extraction reads back, folders first, in order', async () => {
    const out = join(root, `round-trip.${kind}`);
    await write(asAsync(inputs()), out);
    const staging = join(root, `round-trip-${kind}`);
    const result = await extractArchive(out, staging);
    expect(result.kind).toBe(kind);
    expect(result.directories).toEqual(['course', 'files', 'files/9a']);
    expect(result.files.map((f) => f.path)).toEqual([
      'moodle_backup.xml',
      'course/course.xml',
      'files/9a/9a3c0c2f8f4e',
      'empty.xml',
    ]);
    expect(await readFile(join(staging, 'course/course.xml'))).toEqual(courseXml);
    expect(await readFile(join(staging, 'files/9a/9a3c0c2f8f4e'))).toEqual(blob);
    expect(await readFile(join(staging, 'moodle_backup.xml'), 'utf8')).toBe('<moodle_bac/');
  });

  it('gives the same bytes for the same input, whatever the clock and the time zone', async () => {
    const first = join(root, `first.${kind}`);
    const second = join(root, `second.${kind}`);
    const zone = process.env.TZ;
    process.env.TZ = 'UTC';
    await write(inputs(), first);
    process.env.TZ = 'Pacific/Chatham';
    await new Promise((done) => setTimeout(done, 1100));
    await write(inputs(), second);
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });

  it('removes the partial file when cancelled, and keeps an earlier file of that name', async () => {
    const dir = await mkdtemp(join(root, 'cancel-'));
    const out = join(dir, `backup.${kind}`);
    await writeFile(out, 'earlier export');
    const controller = new AbortController();
    const entries: ArchiveInput[] = [
      { path: 'big.bin', mtime: MTIME, size: 1024 ** 3, source: endless },
    ];
    const error: unknown = await write(entries, out, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 1024 * 1024) controller.abort();
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('cancelled');
    expect((error as ArchiveError).name).toBe('AbortError');
    expect(await readdir(dir)).toEqual([`backup.${kind}`]);
    expect(await readFile(out, 'utf8')).toBe('earlier export');
  });

  it.each([
    ['source-size', [{ path: 'a.xml', mtime: MTIME, size: 10, source: 'short' }]],
    [
      'source-size',
      [{ path: 'a.xml', mtime: MTIME, size: 2, source: () => Readable.from(['long']) }],
    ],
    [
      'duplicate',
      [
        { path: 'a.xml', mtime: MTIME, size: 1, source: 'a' },
        { path: 'A.xml', mtime: MTIME, size: 1, source: 'a' },
      ],
    ],
    ['unsafe-path', [{ path: '../a.xml', mtime: MTIME, size: 1, source: 'a' }]],
    ['unsafe-path', [{ path: '/etc/a.xml', mtime: MTIME, size: 1, source: 'a' }]],
  ] as const)(
    'refuses input that would make a bad archive (%s), leaving no file',
    async (code, entries) => {
      const dir = await mkdtemp(join(root, 'refuse-'));
      const error: unknown = await write(entries, join(dir, `x.${kind}`)).catch(
        (caught: unknown) => caught,
      );
      expect((error as ArchiveError).code).toBe(code);
      expect(await readdir(dir)).toEqual([]);
    },
  );
});

describe('tar.gz as Moodle writes it (reference README §3)', () => {
  it('gzip header: mtime 0, OS byte 3', async () => {
    const out = join(root, 'header.mbz');
    await writeTarGz(inputs(), out);
    const head = readFileSync(out).subarray(0, 10);
    expect([...head.subarray(0, 4)]).toEqual([0x1f, 0x8b, 0x08, 0x00]);
    expect(head.readUInt32LE(4)).toBe(0);
    expect(head[9]).toBe(3);
  });

  it('POSIX ustar, uid/gid 0, no user names, no ./, folders at 2013-01-01 with a trailing /', async () => {
    const out = join(root, 'ustar.mbz');
    await writeTarGz(inputs(), out);
    const tar = gunzipSync(readFileSync(out));
    expect(tar.subarray(257, 265).toString('latin1')).toBe('ustar\u000000');
    expect(tar.subarray(-1024).equals(Buffer.alloc(1024))).toBe(true);
    const headers = tarHeaders(readFileSync(out));
    expect(headers.map((h) => h.path)).toEqual([
      'moodle_backup.xml',
      'course/',
      'course/course.xml',
      'files/',
      'files/9a/',
      'files/9a/9a3c0c2f8f4e',
      'empty.xml',
    ]);
    for (const header of headers) {
      expect([header.uid, header.gid, header.uname ?? '', header.gname ?? '']).toEqual([
        0,
        0,
        '',
        '',
      ]);
      const isFolder = header.type === 'Directory';
      expect(header.mtime?.getTime()).toBe(isFolder ? Date.UTC(2013, 0, 1) : MTIME * 1000);
      expect(header.mode).toBe(isFolder ? 0o755 : 0o644);
    }
  });

  it('streams a large source without holding it in memory', async () => {
    const size = 32 * 1024 * 1024;
    // Incompressible for deflate (its window is 32 KiB), cheap to repeat.
    const block = seededBytes('big', 1024 * 1024);
    const source = () =>
      Readable.from(
        (function* () {
          for (let index = 0; index < size / block.length; index += 1) yield block;
        })(),
      );
    const out = join(root, 'big.mbz');
    const start = process.memoryUsage.rss();
    let peak = start;
    await writeTarGz([{ path: 'files/00/big', mtime: MTIME, size, source }], out, {
      totalBytes: size,
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage.rss());
      },
    });
    expect(peak - start).toBeLessThan(100 * 1024 * 1024);
    const result = await extractArchive(out, join(root, 'big'));
    const sha256 = createHash('sha256');
    for (let index = 0; index < size / block.length; index += 1) sha256.update(block);
    expect(result.files).toEqual([{ path: 'files/00/big', size, sha256: sha256.digest('hex') }]);
  }, 60_000);
});

describe('ZIP as yazl writes it', () => {
  it('deflates files, keeps folders, one fixed DOS time, no extra fields', async () => {
    const out = join(root, 'check.zip');
    await writeZip(inputs(), out);
    const zip = await fromBufferPromise(readFileSync(out), { lazyEntries: true });
    const seen: string[] = [];
    for await (const entry of zip.eachEntry()) {
      seen.push(entry.fileName);
      expect(entry.extraFields).toEqual([]);
      expect(entry.getLastModDate({ timezone: 'UTC' }).toISOString()).toBe(
        '2013-01-01T00:00:00.000Z',
      );
      if (!entry.fileName.endsWith('/') && entry.uncompressedSize > 0)
        expect(entry.compressionMethod).toBe(8);
    }
    expect(seen).toEqual([
      'moodle_backup.xml',
      'course/',
      'course/course.xml',
      'files/',
      'files/9a/',
      'files/9a/9a3c0c2f8f4e',
      'empty.xml',
    ]);
  });
});
