import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDER_LIMITS } from '../../../src/main/formats/folder/folder-limits';
import { readParcoursFolder } from '../../../src/main/formats/folder/read-parcours-folder';
import { writeParcoursFolder } from '../../../src/main/formats/folder/write-parcours-folder';
import { listTree } from './folder-tree';
import { sampleDocument } from './sample-document';
import { useTempDirs } from './temp-dirs';

const tempDir = useTempDirs();
const QUIZ = 'sections/02-sequence-1-evaluer-c-est-quoi/01-quiz-positionnement.quiz.json';

const exported = async () => {
  const { doc, reader } = sampleDocument();
  const dir = tempDir();
  await writeParcoursFolder(doc, reader, dir);
  return { doc, dir, at: (rel: string) => join(dir, ...rel.split('/')) };
};

const editJson = (path: string, edit: (value: Record<string, unknown>) => void): void => {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
};

describe('reading a hostile or damaged parcours folder', () => {
  it('refuses a media file whose bytes do not match its id, and leaves no staged file', async () => {
    const { doc, dir } = await exported();
    const image = doc.media.find((m) => m.name === 'schéma de la démarche.png');
    const file = `media/${image?.id ?? ''}/schéma de la démarche.png`;
    const bytes = readFileSync(join(dir, file));
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    writeFileSync(join(dir, file), bytes);
    const staging = tempDir('staging');
    await expect(readParcoursFolder(dir, { stagingDir: staging })).rejects.toMatchObject({
      code: 'invalid_input',
      reason: 'media-mismatch',
      message: expect.stringContaining(`${file} : le contenu de ce média a changé`) as string,
      messageEn: expect.stringContaining(`${file}: this medium's bytes have changed`) as string,
    });
    expect(listTree(staging)).toEqual([]);
  });

  it('refuses a media file of another size than announced', async () => {
    const { doc, dir } = await exported();
    const pdf = doc.media.find((m) => m.kind === 'pdf');
    appendFileSync(join(dir, 'media', pdf?.id ?? '', 'guide.pdf'), 'more');
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'media-mismatch',
      message: expect.stringContaining('octets au lieu des') as string,
    });
  });

  it('names the file and the place of malformed JSON', async () => {
    const { dir, at } = await exported();
    writeFileSync(at(QUIZ), '{\n  "type": "quiz",\n  "id" "a-7"\n}\n');
    const error = await readParcoursFolder(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: 'bad-json',
      code: 'invalid_input',
      place: { file: QUIZ },
    });
    expect((error as Error).message).toMatch(
      new RegExp(`^${QUIZ} : JSON invalide \\(ligne 3, colonne 8\\)`),
    );
    expect(error).toMatchObject({
      messageEn: expect.stringMatching(
        new RegExp(`^${QUIZ}: invalid JSON \\(line 3, column 8\\)`),
      ) as string,
    });
  });

  it('names the file and the field of a schema error, in French and English', async () => {
    const { dir, at } = await exported();
    editJson(at(QUIZ), (quiz) => {
      const slots = quiz['slots'] as Record<string, unknown>[];
      if (slots[2]) slots[2]['maxMark'] = -3;
    });
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'schema',
      place: { file: QUIZ, field: 'slots[2].maxMark' },
      message: `${QUIZ} : champ slots[2].maxMark : Trop petit : nombre doit être >=0`,
      messageEn: `${QUIZ}: field slots[2].maxMark: Too small: expected number to be >=0`,
    });
  });

  it('refuses duplicate ids, unknown references and a missing parcours.json', async () => {
    const { dir, at } = await exported();
    const copy = 'sections/01-accueil-presentation/07-copie.page.json';
    writeFileSync(
      at(copy),
      readFileSync(at('sections/01-accueil-presentation/02-lire-la-demarche.page.json')),
    );
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'duplicate-id',
      message: expect.stringContaining('02-lire-la-demarche.page.json') as string,
    });
    rmSync(at(copy));
    editJson(at(QUIZ), (quiz) => {
      const slots = quiz['slots'] as { question: Record<string, unknown> }[];
      if (slots[0]) slots[0].question['questionId'] = 'perdue';
    });
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'unknown-reference',
      place: { file: QUIZ, field: 'slots[0].question.questionId' },
    });
    rmSync(at('parcours.json'));
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'missing-file',
      place: { file: 'parcours.json' },
    });
  });

  it('refuses symbolic links that leave the folder, file or directory', async () => {
    const { dir, at } = await exported();
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'secret.json'), '{"id":"s-9","title":"Volé"}');
    const section = 'sections/01-accueil-presentation/section.json';
    rmSync(at(section));
    symlinkSync(join(outside, 'secret.json'), at(section));
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'path-escape',
      place: { file: section },
    });
    rmSync(at(section));
    writeFileSync(at(section), '{"id":"s-1","title":"Accueil"}');
    mkdirSync(join(outside, 'bank'));
    symlinkSync(join(outside, 'bank'), at('bank/questions/evil'));
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'path-escape',
      place: { file: 'bank/questions/evil' },
    });
  });

  it('follows a symbolic link that stays inside, and never writes through one', async () => {
    const { doc, dir, at } = await exported();
    const outside = tempDir('outside');
    rmSync(at('sections'), { recursive: true });
    symlinkSync(outside, at('sections'));
    const { reader } = sampleDocument();
    await writeParcoursFolder(doc, reader, dir);
    expect(listTree(outside)).toEqual([]);
    const inside = 'sections/01-accueil-presentation/01-presentation.label.json';
    rmSync(at(inside));
    symlinkSync(
      at('sections/01-accueil-presentation/06-note-aux-formateurs.label.json'),
      at(inside),
    );
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({ reason: 'duplicate-id' });
  });

  it('refuses oversized files, text that is not UTF-8, and a folder that is not a parcours folder', async () => {
    const { dir, at } = await exported();
    const huge = 'sections/01-accueil-presentation/09-huge.page.json';
    writeFileSync(at(huge), '');
    truncateSync(at(huge), FOLDER_LIMITS.jsonBytes + 1);
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'too-large',
      place: { file: huge },
    });
    writeFileSync(at(huge), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'bad-encoding',
      place: { file: huge },
    });
    rmSync(at('.atelier-folder'));
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'not-a-parcours-folder',
      messageEn: expect.stringContaining('no .atelier-folder file') as string,
    });
    await expect(readParcoursFolder(join(dir, 'nowhere'))).rejects.toMatchObject({
      reason: 'not-a-parcours-folder',
    });
  });

  it('reports stray files and media references it cannot satisfy, without failing', async () => {
    const { doc, dir, at } = await exported();
    writeFileSync(at('sections/01-accueil-presentation/brouillon.txt'), 'idée');
    writeFileSync(at('bank/questions/sequence-2-questions/sans-numero.json'), '{}');
    const pdf = doc.media.find((m) => m.kind === 'pdf');
    const index = JSON.parse(readFileSync(at('media/media.json'), 'utf8')) as { id: string }[];
    writeFileSync(at('media/media.json'), JSON.stringify(index.filter((m) => m.id !== pdf?.id)));
    const { report } = await readParcoursFolder(dir);
    expect(report.ignored).toEqual([
      'sections/01-accueil-presentation/brouillon.txt',
      'bank/questions/sequence-2-questions/sans-numero.json',
      `media/${pdf?.id ?? ''}`,
    ]);
    expect(report.missingMedia).toEqual([
      { file: 'sections/01-accueil-presentation/04-guide-pdf.file.json', mediaId: pdf?.id },
    ]);
  });
});
