import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParcoursFolder } from '../../../src/main/formats/folder/read-parcours-folder';
import { writeParcoursFolder } from '../../../src/main/formats/folder/write-parcours-folder';
import { treeDigest } from './folder-tree';
import { parcoursDocumentArbitrary } from './parcours-document-arbitrary';
import { memoryMediaReader, sha256 } from './sample-media';
import { useTempDirs } from './temp-dirs';

const tempDir = useTempDirs();

describe('parcours folder (U2)', () => {
  it('import(export(p)) equals p, media stay inside staging, output is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(parcoursDocumentArbitrary, async ({ doc, bytes }) => {
        const dir = join(tempDir('prop'), 'out');
        const staging = tempDir('staging');
        await writeParcoursFolder(doc, memoryMediaReader(bytes), dir);
        const back = await readParcoursFolder(dir, { stagingDir: staging });
        expect(back.document).toEqual(doc);
        expect(back.report.ignored).toEqual([]);
        expect(back.report.missingMedia).toEqual([]);
        for (const { media, path } of back.stagedMedia) {
          expect(path.startsWith(`${staging}/`)).toBe(true);
          expect(sha256(readFileSync(path))).toBe(media.id);
        }
        const again = join(tempDir('prop'), 'again');
        await writeParcoursFolder(back.document, memoryMediaReader(bytes), again);
        expect(treeDigest(again)).toBe(treeDigest(dir));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
