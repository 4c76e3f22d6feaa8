import { z } from 'zod';
import { fieldPath } from './field-path';
import { folderErrors } from './folder-errors';

const french = z.locales.fr().localeError;

/** Where a JSON.parse error is, as "ligne L, colonne C" / "line L, column C", when it says. */
const placeOf = (text: string, message: string): { fr: string; en: string } | null => {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return null;
  const before = text.slice(0, Number(position)).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return {
    fr: `ligne ${String(line)}, colonne ${String(column)}`,
    en: `line ${String(line)}, column ${String(column)}`,
  };
};

const more = (count: number, fr: boolean): string => {
  if (count === 0) return '';
  return fr ? ` (et ${String(count)} autre(s) erreur(s))` : ` (and ${String(count)} more)`;
};

/**
 * The value of a folder file's JSON text, checked with `schema`. JSON.parse only (no code runs);
 * an error names the file and, for a schema error, the first field at fault, in French
 * (zod's French messages) and English: `sections/02-…/03-quiz.quiz.json : champ slots[2].maxMark : …`.
 */
export const parseFolderJson = <S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): z.output<S> => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = placeOf(text, message);
    throw folderErrors.badJson(file, place?.fr ?? '', place?.en ?? '', message);
  }
  const english = schema.safeParse(data);
  if (english.success) return english.data;
  const issues = english.error.issues;
  const first = issues[0];
  const frenchFirst = schema.safeParse(data, { error: french }).error?.issues[0];
  const path = fieldPath(first?.path ?? []);
  throw folderErrors.schema(
    file,
    path,
    `${frenchFirst?.message ?? first?.message ?? ''}${more(issues.length - 1, true)}`,
    `${first?.message ?? ''}${more(issues.length - 1, false)}`,
  );
};
