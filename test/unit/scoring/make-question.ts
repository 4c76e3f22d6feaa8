import {
  questionSchema,
  type Question,
  type QuestionInput,
} from '../../../src/shared/domain/question';

type Input = QuestionInput extends infer T
  ? T extends unknown
    ? Omit<T, 'id' | 'categoryId' | 'name' | 'text'>
    : never
  : never;

/** A question of the bank for tests, with the schema's defaults. */
export const makeQuestion = (input: Input, text = 'Question'): Question =>
  questionSchema.parse({ id: 'q1', categoryId: 'c1', name: 'Q', text: { text }, ...input });

/** A plain text. */
export const t = (text: string) => ({ text, format: 'html' as const, files: [] });
