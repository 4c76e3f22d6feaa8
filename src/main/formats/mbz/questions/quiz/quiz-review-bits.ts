import type { QuizReviewOptions } from '../../../../../shared/domain/quiz-review-options';

/** `mod_quiz\question\display_options`: when a review option applies, as bits. */
const DURING = 0x10000;
const IMMEDIATELY_AFTER = 0x01000;
const LATER_WHILE_OPEN = 0x00100;
const AFTER_CLOSE = 0x00010;

type When = QuizReviewOptions['attempt'];

/** The quiz's `review*` columns and the model option each holds. */
export const REVIEW_FIELDS = [
  ['reviewattempt', 'attempt'],
  ['reviewcorrectness', 'correctness'],
  ['reviewmaxmarks', 'maxMarks'],
  ['reviewmarks', 'marks'],
  ['reviewspecificfeedback', 'specificFeedback'],
  ['reviewgeneralfeedback', 'generalFeedback'],
  ['reviewrightanswer', 'rightAnswer'],
  ['reviewoverallfeedback', 'overallFeedback'],
] as const satisfies readonly (readonly [string, keyof QuizReviewOptions])[];

/** One review option as Moodle's bit mask (69904 = all four times). */
export const reviewBits = {
  write: (when: When): number =>
    (when.duringAttempt ? DURING : 0) |
    (when.immediatelyAfter ? IMMEDIATELY_AFTER : 0) |
    (when.laterWhileOpen ? LATER_WHILE_OPEN : 0) |
    (when.afterClose ? AFTER_CLOSE : 0),
  read: (bits: number): When => ({
    duringAttempt: (bits & DURING) !== 0,
    immediatelyAfter: (bits & IMMEDIATELY_AFTER) !== 0,
    laterWhileOpen: (bits & LATER_WHILE_OPEN) !== 0,
    afterClose: (bits & AFTER_CLOSE) !== 0,
  }),
};
