import type { Question } from '../../../shared/domain/question';

const MAX = 200;

/** The question text as one line of plain text, cut to about 200 characters. */
export const questionExcerpt = (question: Question): string => {
  const plain = question.text.text
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#039;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= MAX ? plain : `${plain.slice(0, MAX - 1).trimEnd()}…`;
};
