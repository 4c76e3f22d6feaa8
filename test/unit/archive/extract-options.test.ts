import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src/main/formats/archive/archive-error';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { gzip, rawTar } from '../../support/hostile-archives/raw-tar';
import { rawZip } from '../../support/hostile-archives/raw-zip';
import { seededBytes } from '../../support/hostile-archives/seeded-bytes';

let root = '';
let bigTgz = '';
let bigZip = '';
const files = Array.from({ length: 40 }, (_, index) => ({
  path: `files/${String(index).padStart(2, '0')}/blob`,
  data: seededBytes(`blob${String(index)}`, 256 * 1024),
}));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atelier-extract-'));
  bigTgz = join(root, 'big.mbz');
  bigZip = join(root, 'big-zip.mbz');
  await writeFile(bigTgz, gzip(rawTar(files)));
  await writeFile(bigZip, rawZip(files.map(({ path, data }) => ({ name: path, data }))));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each([
  ['tar.gz', () => bigTgz],
  ['zip', () => bigZip],
])('extracting a %s', (_, archive) => {
  it('reports progress in archive bytes, up to the whole file', async () => {
    const reports: [number, number | null][] = [];
    await extractArchive(archive(), join(root, `progress-${_}`), {
      onProgress: (done, total) => reports.push([done, total]),
    });
    const size = readFileSync(archive()).length;
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.every(([, total]) => total === size)).toBe(true);
    expect(reports.map(([done]) => done)).toEqual(
      [...reports.map(([done]) => done)].sort((a, b) => a - b),
    );
    expect(reports.at(-1)?.[0]).toBe(size);
  }, 60_000);

  it('stops when cancelled, removes what it wrote and rejects with an AbortError', async () => {
    const staging = join(root, `cancel-${_}`);
    const controller = new AbortController();
    const error: unknown = await extractArchive(archive(), staging, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 2 * 1024 * 1024) controller.abort();
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('cancelled');
    expect((error as ArchiveError).name).toBe('AbortError');
    expect(await readdir(root)).not.toContain(`cancel-${_}`);
  }, 60_000);
});

describe('the staging folder', () => {
  it('is refused when not empty, and left as it was', async () => {
    const staging = join(root, 'busy');
    await mkdir(staging);
    await writeFile(join(staging, 'keep.txt'), 'mine');
    const error: unknown = await extractArchive(bigTgz, staging).catch((caught: unknown) => caught);
    expect((error as ArchiveError).code).toBe('staging-not-empty');
    expect(await readdir(staging)).toEqual(['keep.txt']);
    expect(await readFile(join(staging, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('is kept (empty) after a refusal when it existed before', async () => {
    const staging = join(root, 'existing');
    await mkdir(staging);
    const hostile = join(root, 'slip.mbz');
    await writeFile(
      hostile,
      gzip(rawTar([...files.slice(0, 3), { path: '../slip.txt', data: 'x' }])),
    );
    const error: unknown = await extractArchive(hostile, staging).catch(
      (caught: unknown) => caught,
    );
    expect((error as ArchiveError).code).toBe('unsafe-path');
    expect(await readdir(staging)).toEqual([]);
  });

  it('is never created when the signal is already aborted', async () => {
    const staging = join(root, 'never');
    const error: unknown = await extractArchive(bigTgz, staging, {
      signal: AbortSignal.abort(),
    }).catch((caught: unknown) => caught);
    expect((error as ArchiveError).code).toBe('cancelled');
    expect(await readdir(root)).not.toContain('never');
  });
});

describe('limits', () => {
  it('can be lowered per call, and the refusal quotes the limit in both languages', async () => {
    const error: unknown = await extractArchive(bigZip, join(root, 'few'), {
      limits: { maxEntries: 10 },
    }).catch((caught: unknown) => caught);
    const refusal = error as ArchiveError;
    expect(refusal.code).toBe('too-many-entries');
    expect(refusal.messageFr).toContain('10 éléments');
    expect(refusal.messageEn).toContain('10 entries');
  });
});
