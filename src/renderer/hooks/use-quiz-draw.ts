import { useQuery } from '@tanstack/react-query';
import type { QuizSettings } from '../../shared/domain/quiz-settings';
import { type AttemptSlot, drawQuizSlots } from '../components/try-it/draw-quiz-slots';
import type { QuestionSource } from '../components/try-it/question-source';
import { queryKeys } from '../state/query-keys';

/** A quiz activity, the studio's or the preview's: its settings and its id. */
type Quiz = QuizSettings & { id: string };

/**
 * The questions of one attempt, drawn once from `source` (the studio's core or the preview's
 * model): random slots never draw the same question twice; an ordering's items are shuffled.
 */
export const useQuizDraw = (quiz: Quiz, source: QuestionSource, attempt: number) =>
  useQuery({
    queryKey: queryKeys.quizAttempt(quiz.id, attempt),
    staleTime: Infinity,
    gcTime: 0,
    queryFn: (): Promise<AttemptSlot[]> => drawQuizSlots(quiz.slots, source),
  });
