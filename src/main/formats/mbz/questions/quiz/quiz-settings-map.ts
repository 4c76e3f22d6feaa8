import { quizSettingsSchema, type QuizSettings } from '../../../../../shared/domain/quiz-settings';
import type { XmlNode } from '../../../moodle-xml/xml-node';
import { mbzDecimal } from '../mbz-number';
import { mbzNode } from '../mbz-node';
import { REVIEW_FIELDS, reviewBits } from './quiz-review-bits';

const GRADE_METHODS = ['highest', 'average', 'first', 'last'] as const;
const PICTURES = ['none', 'small', 'large'] as const;
const shape = quizSettingsSchema.shape;

/** The `<quiz>` columns the model maps, from the quiz's settings (times in seconds). */
export const writeQuizColumns = (
  quiz: QuizSettings,
  time: number,
): Record<string, string | number | boolean> => ({
  timelimit: (quiz.timeLimitMinutes ?? 0) * 60,
  overduehandling: quiz.overdueHandling,
  graceperiod: quiz.gracePeriodMinutes * 60,
  preferredbehaviour: quiz.preferredBehaviour,
  canredoquestions: quiz.canRedoQuestions,
  attempts_number: quiz.attempts,
  attemptonlast: quiz.attemptOnLast,
  grademethod: GRADE_METHODS.indexOf(quiz.gradeMethod) + 1,
  decimalpoints: quiz.decimalPoints,
  questiondecimalpoints: quiz.questionDecimalPoints,
  ...Object.fromEntries(
    REVIEW_FIELDS.map(([column, option]) => [column, reviewBits.write(quiz.review[option])]),
  ),
  questionsperpage: quiz.questionsPerPage,
  navmethod: quiz.navMethod,
  shuffleanswers: quiz.shuffleAnswers,
  grade: mbzDecimal(quiz.maxGrade, 5),
  timecreated: time,
  timemodified: time,
  delay1: quiz.delay1Minutes * 60,
  delay2: quiz.delay2Minutes * 60,
  showuserpicture: PICTURES.indexOf(quiz.showUserPicture),
  showblocks: quiz.showBlocks,
  completionattemptsexhausted: quiz.completionAttemptsExhausted,
  completionminattempts: quiz.completionMinAttempts,
  allowofflineattempts: quiz.allowOfflineAttempts,
});

/** The columns `writeQuizColumns` fills (plus `sumgrades`, derived from the slots). */
export const MAPPED_COLUMNS = new Set([
  ...Object.keys(writeQuizColumns(quizSettingsSchema.parse({}), 0)),
  'sumgrades',
  'name',
  'intro',
  'introformat',
]);

type Note = (messageFr: string, messageEn: string) => void;

const enumOf = <T extends string>(
  values: readonly T[],
  value: string,
  fallback: T,
  what: string,
  note: Note,
): T => {
  if ((values as readonly string[]).includes(value)) return value as T;
  if (value !== '')
    note(
      `${what} « ${value} » inconnu : « ${fallback} » à la place.`,
      `Unknown ${what} "${value}": "${fallback}" instead.`,
    );
  return fallback;
};

/** Seconds to whole minutes, reported when Moodle's value is not a whole number of minutes. */
const minutes = (seconds: number, what: string, note: Note): number => {
  if (seconds % 60 !== 0)
    note(
      `${what} de ${String(seconds)} s arrondi à la minute.`,
      `${what} of ${String(seconds)} s rounded to the minute.`,
    );
  return Math.round(seconds / 60);
};

/** Keeps a value within the model's bounds, reporting what it changed. */
const within = (value: number, min: number, max: number, what: string, note: Note): number => {
  const kept = Math.min(max, Math.max(min, value));
  if (kept !== value)
    note(
      `${what} ${String(value)} ramené à ${String(kept)}.`,
      `${what} ${String(value)} brought to ${String(kept)}.`,
    );
  return kept;
};

/** The settings the `<quiz>` columns hold (not slots, sections or feedback). */
export const readQuizColumns = (quiz: XmlNode, note: Note): Partial<QuizSettings> => {
  const num = (name: string, fallback: number) => mbzNode.num(quiz, name, fallback);
  const limit = num('timelimit', 0);
  const review = Object.fromEntries(
    REVIEW_FIELDS.filter(([column]) => mbzNode.has(quiz, column)).map(([column, option]) => [
      option,
      reviewBits.read(num(column, 0)),
    ]),
  );
  return {
    timeLimitMinutes: limit > 0 ? minutes(limit, 'Durée', note) : null,
    overdueHandling: enumOf(
      shape.overdueHandling.unwrap().options,
      mbzNode.str(quiz, 'overduehandling'),
      'autosubmit',
      'overduehandling',
      note,
    ),
    gracePeriodMinutes: minutes(num('graceperiod', 0), 'Délai de grâce', note),
    preferredBehaviour: enumOf(
      shape.preferredBehaviour.unwrap().options,
      mbzNode.str(quiz, 'preferredbehaviour'),
      'deferredfeedback',
      'preferredbehaviour',
      note,
    ),
    canRedoQuestions: mbzNode.bool(quiz, 'canredoquestions'),
    attempts: within(num('attempts_number', num('attempts', 0)), 0, 100, 'attempts', note),
    attemptOnLast: mbzNode.bool(quiz, 'attemptonlast'),
    gradeMethod: GRADE_METHODS[num('grademethod', 1) - 1] ?? 'highest',
    decimalPoints: within(num('decimalpoints', 2), 0, 5, 'decimalpoints', note),
    questionDecimalPoints: within(
      num('questiondecimalpoints', -1),
      -1,
      7,
      'questiondecimalpoints',
      note,
    ),
    review: quizSettingsSchema.shape.review.parse(review),
    questionsPerPage: within(num('questionsperpage', 1), 0, 50, 'questionsperpage', note),
    navMethod: mbzNode.str(quiz, 'navmethod') === 'sequential' ? 'sequential' : 'free',
    shuffleAnswers: mbzNode.bool(quiz, 'shuffleanswers', true),
    maxGrade: within(num('grade', 10), 0, 10_000, 'grade', note),
    delay1Minutes: minutes(num('delay1', 0), 'delay1', note),
    delay2Minutes: minutes(num('delay2', 0), 'delay2', note),
    showUserPicture: PICTURES[num('showuserpicture', 0)] ?? 'none',
    showBlocks: mbzNode.bool(quiz, 'showblocks'),
    completionAttemptsExhausted: mbzNode.bool(quiz, 'completionattemptsexhausted'),
    completionMinAttempts: Math.max(0, num('completionminattempts', 0)),
    allowOfflineAttempts: mbzNode.bool(quiz, 'allowofflineattempts'),
  };
};
