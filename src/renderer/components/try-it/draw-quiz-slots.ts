import type { Question } from '../../../shared/domain/question';
import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';
import type { QuizSlot } from '../../../shared/domain/quiz-slot';
import { isRandomQuestionCandidate } from '../../../shared/domain/random-question-candidate';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { shuffledOrder } from '../../state/shuffled-order';
import type { QuestionSource } from './question-source';

export interface AttemptSlot {
  slot: QuizSlot;
  question: Question | null;
  /** The response before the participant touches anything: an ordering's items, shuffled. */
  start: QuestionResponse;
}

/**
 * The questions of one attempt, slot by slot: a fixed slot shows its question, a random slot
 * picks among its candidates one not used by an earlier slot (never twice the same question);
 * a cloze gets its parts parsed and an ordering question's items are shuffled.
 */
export const drawQuizSlots = async (
  slots: readonly QuizSlot[],
  source: QuestionSource,
  random: () => number = Math.random,
): Promise<AttemptSlot[]> => {
  const used = new Set<string>();
  const out: AttemptSlot[] = [];
  for (const slot of slots) {
    let id: string | null;
    if (slot.question.kind === 'fixed') id = slot.question.questionId;
    else {
      const pool = await source.randomCandidates({ ...slot, question: slot.question });
      const free = pool.filter((q) => !used.has(q.id) && isRandomQuestionCandidate(q));
      id = free[Math.floor(random() * free.length)]?.id ?? null;
    }
    if (id !== null) used.add(id);
    const question = id === null ? null : await source.question(id);
    out.push({
      slot,
      question:
        question?.type === 'multianswer'
          ? { ...question, parts: parseClozeParts(question.text.text) }
          : question,
      start:
        question?.type === 'ordering'
          ? { order: shuffledOrder(question.items.length, random) }
          : {},
    });
  }
  return out;
};
