import type { QuestionTextFormat } from '../../../shared/domain/question-text';
import { giftEscape } from './gift-escape';
import { php } from './php-string';

const BY_NAME: Record<string, QuestionTextFormat> = {
  moodle: 'moodle_auto',
  html: 'html',
  plain: 'plain',
  markdown: 'markdown',
};
const NAME_OF: Record<QuestionTextFormat, string> = {
  moodle_auto: 'moodle',
  html: 'html',
  plain: 'plain',
  markdown: 'markdown',
};

/** A GIFT text read with its optional `[format]` marker; an unknown marker stays in the text. */
export const giftTextFormat = {
  read: (
    text: string,
    defaultFormat: QuestionTextFormat,
  ): { text: string; format: QuestionTextFormat; unknownMarker: boolean } => {
    let format = defaultFormat;
    let rest = text;
    let unknownMarker = false;
    if (text.startsWith('[')) {
      const end = text.indexOf(']');
      const known = end > 0 ? BY_NAME[text.slice(1, end)] : undefined;
      if (known) {
        format = known;
        rest = text.slice(end + 1);
      } else {
        unknownMarker = end > 0;
      }
    }
    return { text: php.trim(giftEscape.restore(rest)), format, unknownMarker };
  },
  /** Moodle's `write_questiontext`: a marker when the format differs from the default. */
  write: (text: string, format: QuestionTextFormat, defaultFormat: QuestionTextFormat): string =>
    (text !== '' && format !== defaultFormat ? `[${NAME_OF[format]}]` : '') +
    giftEscape.write(text),
};
