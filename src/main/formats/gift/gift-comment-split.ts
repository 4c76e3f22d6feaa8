import type { QuestionTextFormat } from '../../../shared/domain/question-text';
import { giftTextFormat } from './gift-text-format';
import { php } from './php-string';

interface GiftText {
  text: string;
  format: QuestionTextFormat;
  files: never[];
}

const read = (text: string, format: QuestionTextFormat): GiftText => {
  const parsed = giftTextFormat.read(php.trim(text), format);
  return { text: parsed.text, format: parsed.format, files: [] };
};

/** Splits `answer#feedback` (or `T#wrong#right` with `parts` 3) into formatted texts. */
export const giftCommentSplit = (
  answer: string,
  format: QuestionTextFormat,
  parts: 2 | 3 = 2,
): GiftText[] => {
  const bits: string[] = [];
  let rest = answer;
  while (bits.length < parts - 1) {
    const at = rest.indexOf('#');
    if (at < 0) break;
    bits.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  bits.push(rest);
  const texts = bits.map((bit) => read(bit, format));
  while (texts.length < parts) texts.push({ text: '', format, files: [] });
  return texts;
};
