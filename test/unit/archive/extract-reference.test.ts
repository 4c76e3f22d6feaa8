import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { listTree } from '../../support/hostile-archives/list-tree';
import { referenceBackups } from '../../support/hostile-archives/reference-backups';

const backups = referenceBackups();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const filesUnder = async (dir: string) =>
  (await listTree(dir)).filter((path) => statSync(join(dir, path)).isFile());

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atelier-reference-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(backups.length === 0)('real Moodle backups extract', () => {
  it.each(backups.map((backup) => [backup.file.split('/').slice(-2).join('/'), backup] as const))(
    '%s',
    async (_, { file, unpacked }) => {
      const staging = join(root, file.replace(/\W/gu, '_'));
      const magic = readFileSync(file).subarray(0, 2).toString('hex');
      const result = await extractArchive(file, staging);
      expect(result.kind).toBe(magic === '1f8b' ? 'tar.gz' : 'zip');
      expect(result.files.map((f) => f.path).sort()).toEqual(await filesUnder(staging));
      expect(result.files.some((f) => f.path === 'moodle_backup.xml')).toBe(true);
      for (const { path, size, sha256 } of result.files) {
        expect(statSync(join(staging, path)).size).toBe(size);
        const written = readFileSync(join(staging, path));
        expect(sha256).toBe(createHash('sha256').update(written).digest('hex'));
      }
      if (unpacked === undefined) return;
      // The ZIP repack has no .ARCHIVE_INDEX; everything else is the same, byte for byte.
      const expected = (await filesUnder(unpacked)).filter(
        (path) => result.kind === 'tar.gz' || path !== '.ARCHIVE_INDEX',
      );
      expect(await filesUnder(staging)).toEqual(expected);
      for (const path of expected)
        expect(sha256(join(staging, path))).toBe(sha256(join(unpacked, path)));
    },
    60_000,
  );
});
