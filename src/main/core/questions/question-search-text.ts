/**
 * Text folded for search: lower case, accents removed (NFD, combining marks dropped), HTML
 * tags and entities turned into spaces, blanks collapsed. Stored in `questions.search` and
 * applied to the query, so « Élève » finds « eleve ».
 */
export const foldSearchText = (text: string): string =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
