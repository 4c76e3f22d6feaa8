import { z } from 'zod';
import { questionTextSchema } from './question-text';
import { quizReviewOptionsSchema } from './quiz-review-options';
import { quizSlotSchema } from './quiz-slot';

/**
 * The settings and content of a quiz activity, as Moodle's quiz module holds them. Open and
 * close dates, passwords and network restrictions belong to a session, not to the parcours.
 */
export const quizSettingsSchema = z.object({
  purpose: z.enum(['knowledge', 'positioning']).default('knowledge'),
  slots: z.array(quizSlotSchema).max(1000).default([]),
  /** Section headings: a section starts at a slot and may shuffle its questions. */
  sections: z
    .array(
      z.object({
        firstSlot: z.number().int().min(1),
        heading: z.string().max(1000).default(''),
        shuffleQuestions: z.boolean().default(false),
      }),
    )
    .max(1000)
    .default([{ firstSlot: 1, heading: '', shuffleQuestions: false }]),
  /** Questions per page for new pages; 0: all on one page. */
  questionsPerPage: z.number().int().min(0).max(50).default(1),
  navMethod: z.enum(['free', 'sequential']).default('free'),
  shuffleAnswers: z.boolean().default(true),
  preferredBehaviour: z
    .enum([
      'deferredfeedback',
      'adaptive',
      'adaptivenopenalty',
      'interactive',
      'immediatefeedback',
      'deferredcbm',
      'immediatecbm',
    ])
    .default('deferredfeedback'),
  canRedoQuestions: z.boolean().default(false),
  /** 0: unlimited. */
  attempts: z.number().int().min(0).max(100).default(0),
  attemptOnLast: z.boolean().default(false),
  gradeMethod: z.enum(['highest', 'average', 'first', 'last']).default('highest'),
  /** The quiz's maximum grade (Moodle `grade`); marks are scaled from the sum of slot marks. */
  maxGrade: z.number().min(0).max(10_000).default(10),
  gradeToPass: z.number().min(0).nullable().default(null),
  decimalPoints: z.number().int().min(0).max(5).default(2),
  /** -1: same as decimalPoints. */
  questionDecimalPoints: z.number().int().min(-1).max(7).default(-1),
  timeLimitMinutes: z.number().int().min(0).nullable().default(null),
  overdueHandling: z.enum(['autosubmit', 'graceperiod', 'autoabandon']).default('autosubmit'),
  gracePeriodMinutes: z.number().int().min(0).default(0),
  /** Enforced delays between attempts. */
  delay1Minutes: z.number().int().min(0).default(0),
  delay2Minutes: z.number().int().min(0).default(0),
  review: quizReviewOptionsSchema.prefault({}),
  /** Overall feedback by grade band: each applies from minGradePercent up to the next band. */
  overallFeedback: z
    .array(z.object({ minGradePercent: z.number().min(0).max(100), text: questionTextSchema }))
    .max(50)
    .default([]),
  showUserPicture: z.enum(['none', 'small', 'large']).default('none'),
  showBlocks: z.boolean().default(false),
  completionAttemptsExhausted: z.boolean().default(false),
  completionMinAttempts: z.number().int().min(0).default(0),
  allowOfflineAttempts: z.boolean().default(false),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;
