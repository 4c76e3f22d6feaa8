import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Activity } from '../../shared/domain/activity';
import type { Question } from '../../shared/domain/question';
import { parseClozeParts } from '../../shared/domain/question-cloze-parts';
import type { QuizSlot } from '../../shared/domain/quiz-slot';
import type { QuestionResponse } from '../../shared/scoring/question-response';
import { scoreResponse } from '../../shared/scoring/score-response';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

type Quiz = Extract<Activity, { type: 'quiz' }>;
export interface AttemptSlot {
  slot: QuizSlot;
  question: Question | null;
}

/**
 * A participant's try at a quiz in the studio: questions drawn once per attempt (random slots
 * pick from their category, never twice the same), responses, then scores computed with
 * Moodle's arithmetic (src/shared/scoring), the grade scaled to the quiz's maximum grade and the
 * overall feedback band it falls in.
 */
export const useQuizAttempt = (quiz: Quiz, parcoursId: string) => {
  const client = useClient();
  const [attempt, setAttempt] = useState(1);
  const [responses, setResponses] = useState<Record<string, QuestionResponse>>({});
  const [submitted, setSubmitted] = useState(false);
  const [page, setPage] = useState(1);
  const drawn = useQuery({
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
          const free = pool.filter((q) => !used.has(q.id) && q.type !== 'description');
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
        });
      }
      return out;
    },
  });
  const slots = drawn.data ?? [];
  const results = submitted
    ? slots.map(({ slot, question }) =>
        question === null ? null : scoreResponse(question, responses[slot.id] ?? {}),
      )
    : null;
  const maxTotal = slots.reduce(
    (sum, { slot, question }) =>
      sum + (question && question.type !== 'description' ? slot.maxMark : 0),
    0,
  );
  const total = results
    ? results.reduce((sum, r, i) => sum + (r?.fraction ?? 0) * (slots[i]?.slot.maxMark ?? 0), 0)
    : null;
  const grade = total === null || maxTotal === 0 ? null : (total / maxTotal) * quiz.maxGrade;
  const percent = grade === null || quiz.maxGrade === 0 ? null : (grade / quiz.maxGrade) * 100;
  const band =
    percent === null
      ? null
      : ([...quiz.overallFeedback]
          .sort((a, b) => b.minGradePercent - a.minGradePercent)
          .find((b) => percent + 1e-9 >= b.minGradePercent) ?? null);
  const pages = [...new Set(slots.map((s) => s.slot.page))];
  return {
    loading: drawn.isPending,
    slots,
    pages,
    page,
    setPage,
    responses,
    respond: (slotId: string, response: QuestionResponse) => {
      setResponses((all) => ({ ...all, [slotId]: response }));
    },
    submitted,
    submit: () => {
      setSubmitted(true);
    },
    results,
    total,
    maxTotal,
    grade,
    passed: grade === null || quiz.gradeToPass === null ? null : grade >= quiz.gradeToPass,
    band,
    restart: () => {
      setResponses({});
      setSubmitted(false);
      setPage(1);
      setAttempt((n) => n + 1);
    },
  };
};
