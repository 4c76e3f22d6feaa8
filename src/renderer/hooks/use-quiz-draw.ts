import { useQuery } from '@tanstack/react-query';
import { isRandomQuestionCandidate } from '../../shared/domain/random-question-candidate';
import type { Activity } from '../../shared/domain/activity';
import type { Question } from '../../shared/domain/question';
import { parseClozeParts } from '../../shared/domain/question-cloze-parts';
import type { QuizSlot } from '../../shared/domain/quiz-slot';
import type { QuestionResponse } from '../../shared/scoring/question-response';
import { queryKeys } from '../state/query-keys';
import { shuffledOrder } from '../state/shuffled-order';
import { useClient } from './use-client';

type Quiz = Extract<Activity, { type: 'quiz' }>;
export interface AttemptSlot {
  slot: QuizSlot;
  question: Question | null;
  /** The response before the participant touches anything: an ordering's items, shuffled. */
  start: QuestionResponse;
}

/**
 * The questions of one attempt, drawn once: random slots pick from their category, never twice
 * the same question; an ordering question's items are shuffled.
 */
export const useQuizDraw = (quiz: Quiz, parcoursId: string, attempt: number) => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.quizAttempt(quiz.id, attempt),
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<AttemptSlot[]> => {
      const used = new Set<string>();
      const out: AttemptSlot[] = [];
      for (const slot of quiz.slots) {
        let id: string | null;
        if (slot.question.kind === 'fixed') id = slot.question.questionId;
        else {
          const pool = await client.invoke('question.list', {
            parcoursId,
            categoryId: slot.question.categoryId,
            includeSubcategories: slot.question.includeSubcategories,
            ...(slot.question.tags.length > 0 ? { tags: slot.question.tags } : {}),
          });
          const free = pool.filter((q) => !used.has(q.id) && isRandomQuestionCandidate(q));
          id = free[Math.floor(Math.random() * free.length)]?.id ?? null;
        }
        if (id !== null) used.add(id);
        const question = id === null ? null : await client.invoke('question.get', { id });
        out.push({
          slot,
          question:
            question?.type === 'multianswer'
              ? { ...question, parts: parseClozeParts(question.text.text) }
              : question,
          start:
            question?.type === 'ordering' ? { order: shuffledOrder(question.items.length) } : {},
        });
      }
      return out;
    },
  });
};
