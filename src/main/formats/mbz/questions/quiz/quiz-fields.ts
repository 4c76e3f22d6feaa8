import type { XmlNode } from '../../../moodle-xml/xml-node';

/**
 * `<quiz>` as Moodle 4.5 writes it for a new quiz, in its order (`backup_quiz_activity_
 * structure_step`), the reference's values (`activities/quiz_23/quiz.xml`) for what the model
 * does not map. `name`, `intro` and `introformat` are the container's.
 */
export const QUIZ_TEMPLATE: XmlNode = {
  timeopen: 0,
  timeclose: 0,
  timelimit: 0,
  overduehandling: 'autosubmit',
  graceperiod: 86400,
  preferredbehaviour: 'deferredfeedback',
  canredoquestions: 0,
  attempts_number: 0,
  attemptonlast: 0,
  grademethod: 1,
  decimalpoints: 2,
  questiondecimalpoints: -1,
  reviewattempt: 69904,
  reviewcorrectness: 69904,
  reviewmaxmarks: 69904,
  reviewmarks: 69904,
  reviewspecificfeedback: 69904,
  reviewgeneralfeedback: 69904,
  reviewrightanswer: 69904,
  reviewoverallfeedback: 4368,
  questionsperpage: 1,
  navmethod: 'free',
  shuffleanswers: 1,
  sumgrades: '0.00000',
  grade: '10.00000',
  timecreated: 0,
  timemodified: 0,
  password: '',
  subnet: '',
  browsersecurity: '',
  delay1: 0,
  delay2: 0,
  showuserpicture: 0,
  showblocks: 0,
  completionattemptsexhausted: 0,
  completionminattempts: 0,
  allowofflineattempts: 0,
  subplugin_quizaccess_seb_quiz: '',
  quiz_grade_items: '',
  question_instances: '',
  sections: '',
  feedbacks: '',
  overrides: '',
  grades: '',
  attempts: '',
};

/**
 * Children of `<quiz>` with rows of their own that the codec keeps itself (in the `moodle`
 * source's `quizChildren`) rather than leaving them to the container: written after every
 * column, so that Moodle's parser reads the quiz record in one piece (a column after an element
 * with rows would be published as a second `quiz` chunk).
 */
export const QUIZ_KEPT_CHILDREN = ['subplugin_quizaccess_seb_quiz', 'quiz_grade_items'] as const;

/** The `moodle` source key of `QUIZ_KEPT_CHILDREN`. */
export const QUIZ_CHILDREN_KEY = 'quizChildren';

/**
 * Columns of old backups that restore converts when present (2.0 `review`, the 2.x `questions`
 * layout, `shufflequestions`, `popup`, 3.x `completionpass`…): read, never written back, or
 * restore would convert them again over the mapped values.
 */
export const QUIZ_LEGACY = [
  'questions',
  'review',
  'optionflags',
  'penaltyscheme',
  'popup',
  'shufflequestions',
  'completionpass',
];

/** User data (overrides of users or groups, grades, attempts): never carried. */
export const QUIZ_USER_DATA = ['overrides', 'grades', 'attempts'];
