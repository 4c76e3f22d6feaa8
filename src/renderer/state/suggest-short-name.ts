/**
 * A Moodle course short name suggested from a parcours title: letters and digits joined by
 * "-", without accents, short enough to read in a course list. The author may edit it.
 */
export const suggestShortName = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
