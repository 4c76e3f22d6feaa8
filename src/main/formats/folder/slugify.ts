/** Letters NFKD does not decompose into ASCII. */
const SPELLED: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

/** The longest slug: keeps paths short enough for Windows and readable in a listing. */
export const SLUG_MAX_LENGTH = 40;

/**
 * A file-name part from a title: ASCII, lowercase, accents removed (« Évaluer l’œuvre » →
 * `evaluer-l-oeuvre`), at most `SLUG_MAX_LENGTH` characters cut at a word boundary when one is
 * near; `fallback` when nothing is left (a title of emoji or punctuation).
 */
export const slugify = (text: string, fallback: string): string => {
  const ascii = text
    .replace(/[œŒæÆßøØłŁđĐðþÞı]/g, (letter) => SPELLED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii === '' ? fallback : ascii;
  const cut = ascii.slice(0, SLUG_MAX_LENGTH);
  const boundary = cut.lastIndexOf('-');
  return (boundary >= SLUG_MAX_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
};
