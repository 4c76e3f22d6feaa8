import type { Question } from '../../../shared/domain/question';
import type { QuestionSummary } from '../../../shared/domain/question-summary';
import type { QuizSlot } from '../../../shared/domain/quiz-slot';

/** A quiz slot that draws its question at random. */
export type RandomQuizSlot = QuizSlot & { question: { kind: 'random' } };

/**
 * Where a quiz attempt takes its questions from: the studio asks the core, the preview site
 * reads its model. Drawing (`drawQuizSlots`) only needs these two answers.
 */
export interface QuestionSource {
  /** The bank question `id`, or null when the source does not have it. */
  question: (id: string) => Promise<Question | null>;
  /**
   * The questions `slot` may draw, before drafts and descriptions are left out (the drawing
   * applies Moodle's rule itself).
   */
  randomCandidates: (
    slot: RandomQuizSlot,
  ) => Promise<Pick<QuestionSummary, 'id' | 'type' | 'status'>[]>;
}
