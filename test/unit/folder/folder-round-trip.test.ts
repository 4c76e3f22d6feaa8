import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../src/shared/domain/activity';
import { readParcoursFolder } from '../../../src/main/formats/folder/read-parcours-folder';
import { writeParcoursFolder } from '../../../src/main/formats/folder/write-parcours-folder';
import { listTree, treeDigest } from './folder-tree';
import { sampleDocument } from './sample-document';
import { sha256 } from './sample-media';
import { useTempDirs } from './temp-dirs';

const tempDir = useTempDirs();

describe('parcours folder round trip', () => {
  it('holds every activity type and every question type', () => {
    const { doc } = sampleDocument();
    const types = new Set(doc.sections.flatMap((s) => s.activities.map((a) => a.type)));
    expect([...types].sort()).toEqual([...ACTIVITY_TYPES].sort());
    expect(new Set(doc.bank.questions.map((q) => q.type))).toEqual(
      new Set([
        'multichoice',
        'truefalse',
        'shortanswer',
        'numerical',
        'match',
        'gapselect',
        'ddwtos',
        'multianswer',
        'essay',
        'description',
        'ordering',
        'kept',
      ]),
    );
  });

  it('reads back exactly what it wrote, media included', async () => {
    const { doc, reader } = sampleDocument();
    const dir = join(tempDir(), 'parcours');
    await writeParcoursFolder(doc, reader, dir);
    const staging = tempDir('staging');
    const { document, stagedMedia, report } = await readParcoursFolder(dir, {
      stagingDir: staging,
    });
    expect(document).toEqual(doc);
    expect(report).toEqual({
      counts: {
        sections: 3,
        activities: 17,
        categories: doc.bank.categories.length,
        questions: doc.bank.questions.length,
        media: doc.media.length,
      },
      ignored: [],
      missingMedia: [],
    });
    expect(stagedMedia.map((s) => s.media)).toEqual(doc.media);
    for (const { media, path } of stagedMedia) {
      expect(path.startsWith(staging)).toBe(true);
      expect(sha256(readFileSync(path))).toBe(media.id);
    }
  });

  it('lays the parcours out as documented', async () => {
    const { doc, reader } = sampleDocument();
    const dir = tempDir();
    await writeParcoursFolder(doc, reader, dir);
    const tree = listTree(dir);
    expect(tree).toEqual(
      expect.arrayContaining([
        '.atelier-folder',
        'parcours.json',
        'sections/01-accueil-presentation/section.json',
        'sections/01-accueil-presentation/01-presentation.label.json',
        'sections/01-accueil-presentation/04-guide-pdf.file.json',
        'sections/02-sequence-1-evaluer-c-est-quoi/section.json',
        'sections/02-sequence-1-evaluer-c-est-quoi/01-quiz-positionnement.quiz.json',
        'sections/03-accueil-presentation/01-classe-virtuelle.virtualClass.json',
        'sections/03-accueil-presentation/06-activite.page.json',
        'bank/categories.json',
        'media/media.json',
      ]),
    );
    expect(tree.filter((p) => p.startsWith('bank/questions/')).length).toBe(
      doc.bank.questions.length,
    );
    for (const m of doc.media) expect(tree.some((p) => p.startsWith(`media/${m.id}/`))).toBe(true);
    expect(tree).toContain(
      `media/${doc.media.find((m) => m.kind === 'video')?.id ?? ''}/Présentation _ séance 1.mp4`,
    );
    expect(tree).toContain(`media/${doc.media.find((m) => m.kind === 'pdf')?.id ?? ''}/guide.pdf`);
    for (const path of tree.filter((p) => p.endsWith('.json') || p === '.atelier-folder')) {
      const text = readFileSync(join(dir, path), 'utf8');
      expect(text.endsWith('}\n') || text.endsWith(']\n')).toBe(true);
      expect(text).not.toContain('\r');
      expect(text.split('\n')[1]).toMatch(/^ {2}\S|^$/);
    }
    const page = readFileSync(
      join(dir, 'sections/01-accueil-presentation/02-lire-la-demarche.page.json'),
      'utf8',
    );
    expect(
      page.startsWith('{\n  "type": "page",\n  "id": "a-2",\n  "title": "Lire la démarche",'),
    ).toBe(true);
    expect(page).toContain('"text": "Lisez « l’œuvre » "');
  });

  it('writes the same bytes for the same parcours, and rewrites nothing on re-export', async () => {
    const one = tempDir();
    const two = tempDir();
    const first = sampleDocument();
    await writeParcoursFolder(first.doc, first.reader, one);
    const second = sampleDocument();
    await writeParcoursFolder(second.doc, second.reader, two);
    expect(treeDigest(one)).toBe(treeDigest(two));
    const before = treeDigest(one);
    await writeParcoursFolder(first.doc, first.reader, one);
    expect(treeDigest(one)).toBe(before);
  });

  it('reports progress in bytes up to the total, and stops when aborted', async () => {
    const { doc, reader } = sampleDocument();
    const calls: [number, number][] = [];
    const dir = tempDir();
    await writeParcoursFolder(doc, reader, dir, {
      onProgress: (done, total) => calls.push([done, total]),
    });
    const last = calls.at(-1);
    expect(calls[0]?.[0]).toBe(0);
    expect(last?.[0]).toBe(last?.[1]);
    expect(calls.length).toBeGreaterThan(5);
    const readCalls: [number, number][] = [];
    await readParcoursFolder(dir, { onProgress: (done, total) => readCalls.push([done, total]) });
    expect(readCalls.at(-1)?.[0]).toBe(readCalls.at(-1)?.[1]);

    const controller = new AbortController();
    controller.abort();
    await expect(
      writeParcoursFolder(doc, reader, tempDir(), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await expect(readParcoursFolder(dir, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
