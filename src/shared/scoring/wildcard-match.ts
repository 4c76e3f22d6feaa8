const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const phpTrim = (text: string): string => text.replace(/^[ \t\n\r\v\0]+|[ \t\n\r\v\0]+$/g, '');

/**
 * Moodle's short-answer comparison: both strings NFC-normalised, the response trimmed, a run of
 * `*` in the answer matches anything (anywhere, the start included), `\*` is a literal star,
 * and the whole response must match.
 */
export const wildcardMatch = (
  response: string,
  pattern: string,
  caseSensitive: boolean,
): boolean => {
  const bits = pattern.normalize('NFC').split(/(?<!\\)\*+/);
  const source = bits.map((bit) => escapeRegExp(bit.replaceAll('\\*', '*'))).join('.*');
  const regexp = new RegExp(`^${source}$`, caseSensitive ? 'su' : 'siu');
  return regexp.test(phpTrim(response.normalize('NFC')));
};
