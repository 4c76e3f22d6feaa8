import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src/main/formats/archive/archive-error';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { listTree } from '../../support/hostile-archives/list-tree';
import { gzip, rawTar } from '../../support/hostile-archives/raw-tar';
import { rawZip } from '../../support/hostile-archives/raw-zip';

/** Segments that have broken extractors before, mixed with arbitrary text. */
const segment = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '',
    'a',
    'A',
    'é',
    'e\u0301',
    '\\',
    '..\\..',
    'C:',
    'con',
    'x y',
    '\u0000',
    '😀',
    '/',
    'a.',
    ' ',
    '%2e%2e',
    '\u202e',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const entryName = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
const archive = fc.record({
  container: fc.constantFrom('tar.gz' as const, 'zip' as const),
  names: fc.array(entryName, { minLength: 1, maxLength: 4 }),
});

const build = ({ container, names }: { container: 'tar.gz' | 'zip'; names: string[] }): Buffer =>
  container === 'zip'
    ? rawZip(names.map((name) => ({ name, data: 'x' })))
    : // A pax path carries any name as UTF-8, whatever the ustar field can hold.
      gzip(rawTar(names.map((name) => ({ path: 'placeholder', pax: { path: name }, data: 'x' }))));

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atelier-paths-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('extracted paths (QUALITY.md U2)', () => {
  it('every extracted path stays inside the staging folder, or the archive is refused', async () => {
    let run = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(archive, async (input) => {
        run += 1;
        const parent = join(root, String(run));
        await mkdir(join(parent, 'a', 'b'), { recursive: true });
        const file = join(parent, 'input.mbz');
        await writeFile(file, build(input));
        const staging = join(parent, 'a', 'b', 'staging');
        const before = await listTree(parent);
        try {
          const result = await extractArchive(file, staging);
          for (const { path } of result.files) {
            expect(resolve(staging, path).startsWith(staging + sep)).toBe(true);
          }
          const added = (await listTree(parent)).filter((path) => !before.includes(path));
          expect(added.every((path) => path.startsWith('a/b/staging'))).toBe(true);
          const written = added.map((path) => relative('a/b/staging', path).split(sep).join('/'));
          for (const { path } of result.files) expect(written).toContain(path);
          accepted += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(ArchiveError);
          expect(await listTree(parent)).toEqual(before);
        }
        await rm(parent, { recursive: true, force: true });
      }),
      { numRuns: 200 },
    );
    // Not vacuous: plenty of generated archives are safe and extracted.
    expect(accepted).toBeGreaterThan(10);
  }, 60_000);
});
