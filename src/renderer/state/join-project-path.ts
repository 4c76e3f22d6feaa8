import { slugify } from './slugify';

/** `dir` + the title's slug + ".atelier", with the separator `dir` already uses. */
export const joinProjectPath = (dir: string, title: string): string => {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  const base = dir.endsWith(separator) ? dir.slice(0, -1) : dir;
  return `${base}${separator}${slugify(title)}.atelier`;
};
