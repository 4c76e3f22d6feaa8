/**
 * A Moodle-friendly short name from a title: accents folded to ASCII, lower case, words
 * joined by "-". Falls back to "parcours" when nothing usable is left (a title of symbols).
 */
export const deriveShortName = (title: string): string => {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Ligatures have no Unicode decomposition: spell them out as French typing does.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'parcours' : slug;
};
