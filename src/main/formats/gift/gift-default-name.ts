const MAX = 80;

/**
 * The name Moodle makes from a question's text when it has none: the text without tags and
 * with runs of blanks folded, cut at a word boundary within 80 characters with `...`.
 */
export const giftDefaultName = (text: string): string => {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(plain);
  if (chars.length <= MAX) return plain === '' ? '-' : plain;
  const cut = chars.slice(0, MAX).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}...`;
};
