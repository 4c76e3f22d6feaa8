import type { QuestionText } from '../../../shared/domain/question-text';

/** A question text as words, for an accessible name: HTML tags dropped, spaces collapsed. */
export const plainText = (text: QuestionText): string => {
  const raw =
    text.format === 'html'
      ? new DOMParser().parseFromString(text.text, 'text/html').body.textContent
      : text.text;
  return raw.replace(/\s+/g, ' ').trim();
};
