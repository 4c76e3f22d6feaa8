import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Media } from '../../../../src/shared/domain/media';
import type { Question } from '../../../../src/shared/domain/question';
import type { QuestionCategory } from '../../../../src/shared/domain/question-category';
import { MbzFiles, type MbzFileRecord } from '../../../../src/main/formats/mbz/mbz-files';
import { buildMbzXml, parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';
import type {
  BankFileRef,
  BankReadContext,
  BankWriteResult,
} from '../../../../src/main/formats/mbz/questions/question-bank-types';
import { readQuestionBank } from '../../../../src/main/formats/mbz/questions/read-question-bank';
import { writeQuestionBank } from '../../../../src/main/formats/mbz/questions/write-question-bank';

/** A file of `test/unit/mbz/questions/fixtures` (copies of ../shared/reference/moodle). */
export const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** A medium for any id: a PNG named after it, hashed from the id. */
export const fakeMedia = (mediaId: string): { media: Media; sha1: string } => ({
  media: {
    id: createHash('sha256').update(mediaId).digest('hex'),
    name: `${mediaId}.png`,
    mime: 'image/png',
    kind: 'image',
    sizeBytes: 42,
    width: null,
    height: null,
    alt: '',
    decorative: true,
    captionsMediaId: null,
    hasThumbnail: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    author: '',
    licence: '',
  },
  sha1: createHash('sha1').update(mediaId).digest('hex'),
});

/** Ids from 1000 up (the files registry counts from 1), as the container would give them. */
export const counter = (first = 1000): (() => number) => {
  let next = first;
  return () => next++;
};

export const idCounter = (prefix: string): (() => string) => {
  let next = 0;
  return () => `${prefix}${String((next += 1))}`;
};

export const COURSE = { courseId: 4, courseContextId: 31 };
export const QUIZ_MODULE = { contextId: 39, cmid: 23 };

/** Writes a bank as the container would: one files registry, module categories in the quiz. */
export const writeBank = (
  bank: { categories: readonly QuestionCategory[]; questions: readonly Question[] },
  target: MoodleTarget = '4.5',
): { result: BankWriteResult; xml: string; files: MbzFiles; newId: () => number } => {
  const files = new MbzFiles(fakeMedia);
  const newId = counter();
  const result = writeQuestionBank(bank, {
    target,
    time: 1_800_000_000,
    ...COURSE,
    files,
    newId,
    moduleContextOf: () => QUIZ_MODULE,
  });
  return { result, xml: buildMbzXml('question_categories', result.tree), files, newId };
};

/** `filesOf` over a files registry's records, as the container reads `files.xml`. */
export const filesOfRecords =
  (records: readonly MbzFileRecord[]): BankReadContext['filesOf'] =>
  (contextId, component) =>
    records.flatMap((r): BankFileRef[] =>
      r.contextId === contextId && r.component === component && r.mediaId !== null
        ? [
            {
              fileArea: r.fileArea,
              itemId: r.itemId,
              filePath: r.filePath,
              fileName: r.fileName,
              mediaId: r.mediaId,
            },
          ]
        : [],
    );

/** Reads a `questions.xml` text. */
export const readBank = (
  xml: string,
  filesOf: BankReadContext['filesOf'] = () => [],
  prefix = 'r',
) => readQuestionBank(parseMbzXml(xml, 'questions.xml'), { newId: idCounter(prefix), filesOf });

/** The image of the reference's first question (files.xml of both reference backups). */
export const referenceFiles =
  (contextId: number, itemId: number): BankReadContext['filesOf'] =>
  (context, component) =>
    context === contextId && component === 'question'
      ? [
          {
            fileArea: 'questiontext',
            itemId,
            filePath: '/',
            fileName: 'schéma-démarche.png',
            mediaId: 'schema',
          },
        ]
      : [];

/** Questions without their ids, for comparing what two readers or a round trip give. */
export const withoutIds = (questions: readonly Question[]) =>
  questions.map((q) => ({ ...q, id: '', categoryId: '' }));
