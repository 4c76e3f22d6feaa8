import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParcoursFolderError } from '../../../src/main/formats/folder/parcours-folder-error';
import { readParcoursFolder } from '../../../src/main/formats/folder/read-parcours-folder';
import { writeParcoursFolder } from '../../../src/main/formats/folder/write-parcours-folder';
import { listTree } from './folder-tree';
import { sampleDocument } from './sample-document';
import { useTempDirs } from './temp-dirs';

const tempDir = useTempDirs();

const exported = async () => {
  const { doc, reader } = sampleDocument();
  const dir = tempDir();
  await writeParcoursFolder(doc, reader, dir);
  return { doc, reader, dir };
};

describe('re-exporting into a parcours folder', () => {
  it('removes what the parcours no longer has, keeps .git, dotfiles and the team’s files', async () => {
    const { doc, reader, dir } = await exported();
    mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, '.gitignore'), '*.tmp\n');
    writeFileSync(join(dir, 'README.md'), '# Notre parcours\n');
    writeFileSync(join(dir, 'sections', '01-accueil-presentation', '.gitkeep'), '');
    writeFileSync(join(dir, 'sections', '02-sequence-1-evaluer-c-est-quoi', 'notes.md'), 'x');
    writeFileSync(join(dir, 'parcours.json.atelier-tmp'), 'left by a crash');

    const [first, , third] = doc.sections;
    if (!first || !third) throw new Error('sample has three sections');
    const shorter = { ...doc, sections: [first, third] };
    await writeParcoursFolder(shorter, reader, dir);

    const tree = listTree(dir);
    expect(tree.some((p) => p.startsWith('sections/02-sequence-1'))).toBe(false);
    expect(existsSync(join(dir, 'sections', '02-sequence-1-evaluer-c-est-quoi'))).toBe(false);
    expect(tree).toContain('sections/02-accueil-presentation/section.json');
    expect(tree).not.toContain('sections/03-accueil-presentation/section.json');
    expect(tree).not.toContain('parcours.json.atelier-tmp');
    expect(readFileSync(join(dir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(existsSync(join(dir, '.git', 'objects'))).toBe(true);
    expect(tree).toEqual(
      expect.arrayContaining([
        '.gitignore',
        'README.md',
        'sections/01-accueil-presentation/.gitkeep',
      ]),
    );
    const back = await readParcoursFolder(dir);
    expect(back.document).toEqual(shorter);
  });

  it('removes media and questions the parcours no longer uses', async () => {
    const { doc, reader, dir } = await exported();
    const video = doc.media.find((m) => m.kind === 'video');
    const smaller = {
      ...doc,
      media: doc.media.filter((m) => m !== video),
      bank: { ...doc.bank, questions: doc.bank.questions.slice(0, -1) },
    };
    await writeParcoursFolder(smaller, reader, dir);
    expect(existsSync(join(dir, 'media', video?.id ?? 'x'))).toBe(false);
    const questionFiles = listTree(dir).filter((p) => p.startsWith('bank/questions/'));
    expect(questionFiles).toHaveLength(smaller.bank.questions.length);
    expect((await readParcoursFolder(dir)).document).toEqual(smaller);
  });

  it('refuses a non-empty folder without the marker, and touches nothing in it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Rapport annuel.docx'), 'précieux');
    const { doc, reader } = sampleDocument();
    const error = await writeParcoursFolder(doc, reader, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParcoursFolderError);
    expect(error).toMatchObject({
      code: 'conflict',
      reason: 'not-a-parcours-folder',
      message: expect.stringContaining(
        'n’est pas vide et n’est pas un dossier de parcours Atelier',
      ) as string,
      messageEn: expect.stringContaining(
        'is not empty and is not an Atelier parcours folder',
      ) as string,
    });
    expect(listTree(dir)).toEqual(['Rapport annuel.docx']);
  });

  it('accepts a folder holding only dotfiles (a fresh git clone), and creates a missing one', async () => {
    const { doc, reader } = sampleDocument();
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitattributes'), '* text=auto eol=lf\n');
    await writeParcoursFolder(doc, reader, dir);
    expect(listTree(dir)).toContain('parcours.json');
    const nested = join(tempDir(), 'a', 'b');
    await writeParcoursFolder(doc, reader, nested);
    expect(existsSync(join(nested, '.atelier-folder'))).toBe(true);
  });

  it('refuses a file as target, and a folder marked by a newer Atelier', async () => {
    const { doc, reader, dir } = await exported();
    await expect(
      writeParcoursFolder(doc, reader, join(dir, 'parcours.json')),
    ).rejects.toMatchObject({ reason: 'not-a-directory' });
    writeFileSync(
      join(dir, '.atelier-folder'),
      '{ "format": "atelier-parcours-folder", "version": 9 }\n',
    );
    await expect(writeParcoursFolder(doc, reader, dir)).rejects.toMatchObject({
      reason: 'newer-format',
      code: 'unsupported',
    });
    await expect(readParcoursFolder(dir)).rejects.toMatchObject({
      reason: 'newer-format',
      messageEn: expect.stringContaining('update Atelier') as string,
    });
  });
});
