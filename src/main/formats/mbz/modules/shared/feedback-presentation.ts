import type { FeedbackItem } from '../../../../../shared/domain/feedback-item';

/**
 * The `presentation` and `options` of a feedback item as Moodle's feedback stores them
 * (mod/feedback/item/<type>/lib.php and its form):
 *
 * - info: `1` response time, `2` course, `3` course category;
 * - label: its HTML; pagebreak: empty;
 * - multichoice: `r|c|d` + `>>>>>` + the options joined with `|`, then `<<<<<1` when horizontal
 *   (never for a dropdown);
 * - multichoicerated: the same with `value####text` options (`r` or `d`);
 * - numeric: `min|max`, `-` for no bound;
 * - textfield: `size|maxlength`; textarea: `width|height`.
 *
 * `options` holds the choice flags: `i` (ignore empty answers) then `h` (hide "not selected").
 * An option holding `|` or a line break cannot be stored: Moodle splits on them too.
 */
export interface FeedbackPresentation {
  presentation: string;
  options: string;
}

const TYPE_SEP = '>>>>>';
const LINE_SEP = '|';
const ADJUST_SEP = '<<<<<';
const VALUE_SEP = '####';

const SUBTYPES = { radio: 'r', checkbox: 'c', dropdown: 'd' } as const;
const INFO = { responsetime: '1', course: '2', category: '3' } as const;

type Choice = Extract<FeedbackItem, { type: 'multichoice' | 'multichoicerated' }>;

const flags = (item: Choice): string =>
  `${item.ignoreEmpty ? 'i' : ''}${item.hideNoSelect ? 'h' : ''}`;

const choice = (subtype: string, lines: string[], horizontal: boolean): string =>
  `${subtype}${TYPE_SEP}${lines.join(LINE_SEP)}${horizontal && subtype !== 'd' ? `${ADJUST_SEP}1` : ''}`;

const bound = (value: number | null): string => (value === null ? '-' : String(value));

/** An item's `presentation` and `options`. */
export const feedbackPresentation = (item: FeedbackItem): FeedbackPresentation => {
  switch (item.type) {
    case 'info':
      return { presentation: INFO[item.info], options: '' };
    case 'label':
      return { presentation: item.html, options: '' };
    case 'pagebreak':
      return { presentation: '', options: '' };
    case 'multichoice':
      return {
        presentation: choice(SUBTYPES[item.display], item.options, item.horizontal),
        options: flags(item),
      };
    case 'multichoicerated':
      return {
        presentation: choice(
          SUBTYPES[item.display],
          item.options.map((o) => `${o.value}${VALUE_SEP}${o.text}`),
          item.horizontal,
        ),
        options: flags(item),
      };
    case 'numeric':
      return { presentation: `${bound(item.min)}|${bound(item.max)}`, options: '' };
    case 'textfield':
      return { presentation: `${item.size}|${item.maxLength}`, options: '' };
    case 'textarea':
      return { presentation: `${item.width}|${item.height}`, options: '' };
  }
};

/** What a choice item's presentation says: its subtype, options and layout. */
export const parseChoicePresentation = (
  presentation: string,
): { subtype: string; lines: string[]; horizontal: boolean } => {
  const typeAt = presentation.indexOf(TYPE_SEP);
  const subtype = typeAt < 0 ? 'r' : presentation.slice(0, typeAt);
  let rest = typeAt < 0 ? presentation : presentation.slice(typeAt + TYPE_SEP.length);
  let horizontal = false;
  const adjustAt = rest.indexOf(ADJUST_SEP);
  if (subtype !== 'd' && adjustAt >= 0) {
    horizontal = rest.slice(adjustAt + ADJUST_SEP.length) === '1';
    rest = rest.slice(0, adjustAt);
  }
  return { subtype, lines: rest === '' ? [] : rest.split(LINE_SEP), horizontal };
};

/** A rated option `value####text` (Moodle's older `value/text` too). */
export const parseRatedOption = (line: string): { value: number; text: string } => {
  const at = line.indexOf(VALUE_SEP);
  const [value, text] =
    at >= 0
      ? [line.slice(0, at), line.slice(at + VALUE_SEP.length)]
      : [line.slice(0, Math.max(line.indexOf('/'), 0)), line.slice(line.indexOf('/') + 1)];
  const number = Number(value.trim());
  return { value: value.trim() !== '' && Number.isFinite(number) ? number : 0, text };
};

/** Two `|`-separated numbers (`-` or anything not a number: null). */
export const parsePair = (presentation: string): [number | null, number | null] => {
  const [a = '', b = ''] = presentation.split('|');
  const num = (text: string): number | null => {
    const value = Number(text.trim());
    return text.trim() === '' || !Number.isFinite(value) ? null : value;
  };
  return [num(a), num(b)];
};

/** The info item's kind from its presentation. */
export const parseInfo = (presentation: string): 'responsetime' | 'course' | 'category' => {
  const value = presentation.trim();
  return value === INFO.course ? 'course' : value === INFO.category ? 'category' : 'responsetime';
};
