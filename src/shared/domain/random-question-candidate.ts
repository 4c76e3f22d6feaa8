import type { QuestionSummary } from './question-summary';

/**
 * Whether Moodle may draw the question for a random slot: only questions marked ready (a draft
 * is never drawn), and not a description (`is_usable_by_random()` is false for it). The
 * category, subcategories and tags are filtered before, by `question.list`.
 */
export const isRandomQuestionCandidate = (question: Pick<QuestionSummary, 'type' | 'status'>) =>
  question.status === 'ready' && question.type !== 'description';
