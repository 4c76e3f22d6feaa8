import type { FeedbackItem } from '../../../shared/domain/feedback-item';

/** A participant's answer to an item: a text, or the chosen option indexes (checkboxes). */
export type FeedbackAnswer = string | number[];
export type FeedbackAnswers = Record<string, FeedbackAnswer>;

/** The items split into pages at each page break (empty pages dropped). */
export const feedbackPages = (items: readonly FeedbackItem[]): FeedbackItem[][] => {
  const pages: FeedbackItem[][] = [[]];
  for (const item of items) {
    if (item.type === 'pagebreak') pages.push([]);
    else pages.at(-1)?.push(item);
  }
  const kept = pages.filter((page) => page.length > 0);
  return kept.length > 0 ? kept : [[]];
};

/**
 * The indexes of the choices an answer gives (a radio or a menu keeps one as text, checkboxes
 * several): null when the item was not answered and its page not sent, [] when left empty.
 */
export const chosenIndexes = (
  answer: FeedbackAnswer | undefined,
  pageSent: boolean,
): number[] | null => {
  if (answer === undefined) return pageSent ? [] : null;
  if (Array.isArray(answer)) return answer;
  return answer.trim() === '' ? [] : [Number(answer)];
};

export const isEmptyAnswer = (answer: FeedbackAnswer | undefined): boolean =>
  answer === undefined || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === '');

export type FeedbackProblem =
  | { itemId: string; kind: 'required' }
  | { itemId: string; kind: 'number' }
  | { itemId: string; kind: 'range'; min: number | null; max: number | null };

/** What keeps a page from being sent, as Moodle's feedback checks it. */
export const checkFeedbackPage = (
  page: readonly FeedbackItem[],
  answers: FeedbackAnswers,
): FeedbackProblem[] =>
  page.flatMap((item): FeedbackProblem[] => {
    if (item.type === 'label' || item.type === 'info' || item.type === 'pagebreak') return [];
    const answer = answers[item.id];
    if (isEmptyAnswer(answer)) return item.required ? [{ itemId: item.id, kind: 'required' }] : [];
    if (item.type === 'numeric' && typeof answer === 'string') {
      const n = Number(answer.trim().replace(',', '.'));
      if (!Number.isFinite(n)) return [{ itemId: item.id, kind: 'number' }];
      if ((item.min !== null && n < item.min) || (item.max !== null && n > item.max))
        return [{ itemId: item.id, kind: 'range', min: item.min, max: item.max }];
    }
    return [];
  });

/** An answer as the recap shows it (option texts, joined). */
export const answerText = (item: FeedbackItem, answer: FeedbackAnswer | undefined): string => {
  if (answer === undefined || isEmptyAnswer(answer)) return '';
  if (item.type === 'multichoice') {
    const chosen = Array.isArray(answer) ? answer : [Number(answer)];
    return chosen.map((i) => item.options[i] ?? '').join(', ');
  }
  if (item.type === 'multichoicerated') {
    const option = item.options[Number(answer)];
    return option ? `${option.text} (${String(option.value)})` : '';
  }
  return Array.isArray(answer) ? answer.join(', ') : answer;
};
