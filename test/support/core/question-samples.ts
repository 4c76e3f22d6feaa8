import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionDraftInput } from '../../../src/shared/domain/question-draft';

/** test/fixtures/questions/<name> as text. */
export const questionFixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'questions', name), 'utf8');

/** The Moodle 4.1 and 4.5 reference exports (../shared/reference), when that folder exists. */
export const REFERENCE_QUESTIONS_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'moodle',
  'questions',
);

/** A true/false question draft, the smallest valid one. */
export const trueFalseDraft = (name: string, tags: string[] = []): QuestionDraftInput => ({
  type: 'truefalse',
  name,
  text: { format: 'html', text: `<p>${name} : l’élève a-t-il raison ?</p>` },
  correctAnswer: true,
  tags,
});

/** A single-answer multichoice draft with a right answer « B ». */
export const multichoiceDraft = (name: string): QuestionDraftInput => ({
  type: 'multichoice',
  name,
  text: { format: 'html', text: '<p>Choisissez B.</p>' },
  answers: [
    { text: { text: 'A' }, fraction: 0 },
    { text: { text: 'B' }, fraction: 1 },
    { text: { text: 'C' }, fraction: 0 },
  ],
});
