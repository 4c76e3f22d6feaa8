import { useState } from 'react';
import type { QuizSettings } from '../../shared/domain/quiz-settings';
import type { QuestionResponse } from '../../shared/scoring/question-response';
import { scoreTries } from '../../shared/scoring/score-tries';
import type { AttemptSlot } from '../components/try-it/draw-quiz-slots';
import type { QuestionSource } from '../components/try-it/question-source';
import { useQuizDraw } from './use-quiz-draw';

/** A quiz activity, the studio's or the preview's: its settings and its id. */
type Quiz = QuizSettings & { id: string };

/**
 * A participant's try at a quiz (the studio's "Essayer", the preview site): the questions drawn
 * from `source`, responses, "Vérifier" tries under the quiz's question behaviour, then scores
 * computed with Moodle's arithmetic (src/shared/scoring), the grade scaled to the quiz's maximum
 * grade and the overall feedback band it falls in.
 */
export const useQuizAttempt = (quiz: Quiz, source: QuestionSource) => {
  const [attempt, setAttempt] = useState(1);
  const [responses, setResponses] = useState<Record<string, QuestionResponse>>({});
  const [checks, setChecks] = useState<Record<string, QuestionResponse[]>>({});
  /** Interactive: a wrong try waits for "Réessayer" before the response may change. */
  const [locked, setLocked] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [page, setPage] = useState(1);
  const drawn = useQuizDraw(quiz, source, attempt);
  const slots = drawn.data ?? [];
  const responseOf = ({ slot, start }: AttemptSlot) => responses[slot.id] ?? start;
  const outcomes = slots.map((s) =>
    s.question === null
      ? null
      : scoreTries(
          quiz.preferredBehaviour,
          s.question,
          checks[s.slot.id] ?? [],
          submitted ? responseOf(s) : undefined,
        ),
  );
  const maxTotal = slots.reduce(
    (sum, { slot, question }) =>
      sum + (question && question.type !== 'description' ? slot.maxMark : 0),
    0,
  );
  const total = submitted
    ? outcomes.reduce((sum, o, i) => sum + (o?.fraction ?? 0) * (slots[i]?.slot.maxMark ?? 0), 0)
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
    responseOf,
    respond: (slotId: string, response: QuestionResponse) => {
      setResponses((all) => ({ ...all, [slotId]: response }));
    },
    outcomes,
    locked: (slotId: string) => locked[slotId] === true,
    /** "Vérifier": grades the current response as one more try. */
    check: (slotId: string) => {
      const s = slots.find((o) => o.slot.id === slotId);
      if (!s?.question) return;
      const sent = [...(checks[slotId] ?? []), responseOf(s)];
      setChecks((all) => ({ ...all, [slotId]: sent }));
      const outcome = scoreTries(quiz.preferredBehaviour, s.question, sent);
      const last = outcome.tries.at(-1);
      if (outcome.mode === 'interactive' && !outcome.finished && last?.graded === true)
        setLocked((all) => ({ ...all, [slotId]: true }));
    },
    /** "Réessayer": the response may change again for the next try. */
    retry: (slotId: string) => {
      setLocked((all) => ({ ...all, [slotId]: false }));
    },
    submitted,
    submit: () => {
      setSubmitted(true);
    },
    total,
    maxTotal,
    grade,
    passed: grade === null || quiz.gradeToPass === null ? null : grade >= quiz.gradeToPass,
    band,
    restart: () => {
      setResponses({});
      setChecks({});
      setLocked({});
      setSubmitted(false);
      setPage(1);
      setAttempt((n) => n + 1);
    },
  };
};
