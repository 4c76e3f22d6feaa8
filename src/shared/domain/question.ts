import { z } from 'zod';
import { choiceQuestionSchemas } from './question-choice-types';
import { gapQuestionSchemas } from './question-gap-types';
import { otherQuestionSchemas } from './question-other-types';
import { typedQuestionSchemas } from './question-typed-types';

/**
 * A question of a parcours's question bank, discriminated by Moodle's type name (`match` for
 * Moodle XML's `matching`, `multianswer` for `cloze`). Quizzes refer to questions by id.
 */
export const questionSchema = z.discriminatedUnion('type', [
  ...choiceQuestionSchemas,
  ...typedQuestionSchemas,
  ...gapQuestionSchemas,
  ...otherQuestionSchemas,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionType = Question['type'];
/** The question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
