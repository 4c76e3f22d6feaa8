import type { FeedbackAnswers } from '../components/feedback-form/feedback-answers';

/** A questionnaire as the reader left it in this browser: the answers, and whether it was sent. */
export interface FeedbackState {
  answers: FeedbackAnswers;
  sent: boolean;
}

const isAnswer = (value: unknown): value is string | number[] =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isInteger(n)));

/** What storage holds for a questionnaire, kept only where it has the right shape. */
export const parseFeedbackState = (stored: unknown): FeedbackState => {
  if (typeof stored !== 'object' || stored === null) return { answers: {}, sent: false };
  const record = stored as Record<string, unknown>;
  const answers: FeedbackAnswers = {};
  const raw = record['answers'];
  if (typeof raw === 'object' && raw !== null)
    for (const [id, value] of Object.entries(raw)) if (isAnswer(value)) answers[id] = value;
  return { answers, sent: record['sent'] === true };
};
