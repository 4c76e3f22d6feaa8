import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { activitySchema } from '../../../shared/domain/activity';
import { emptyRichText } from '../../../shared/domain/rich-text';
import { templateFileSchema, type TemplateFile } from '../../../shared/domain/template-file';
import { formatZodIssues } from '../format-zod-issues';
import { templateActivityCandidate } from './template-activity-candidate';

/** A gabarit file larger than this is not one a person wrote: skipped. */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** The gabarits shipped in `resources/templates/`, read from disk on each call (a few files). */
export interface TemplateCatalog {
  /** Every valid gabarit, sorted by declared hours then name; invalid files are logged, skipped. */
  list(): TemplateFile[];
  get(id: string): TemplateFile | null;
}

/** Why a parsed file cannot make a parcours, or null: each activity is checked by its type. */
const activityProblem = (file: TemplateFile): string | null => {
  for (const [s, section] of file.sections.entries()) {
    for (const [a, entry] of section.activities.entries()) {
      const candidate = templateActivityCandidate(entry, () => 'check', emptyRichText);
      const parsed = activitySchema.safeParse(candidate);
      if (!parsed.success) {
        return `sections.${String(s)}.activities.${String(a)}: ${JSON.stringify(formatZodIssues(parsed.error))}`;
      }
    }
  }
  return null;
};

const readTemplate = (path: string): TemplateFile | string => {
  if (statSync(path).size > MAX_TEMPLATE_BYTES) return 'file too large';
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) return JSON.stringify(formatZodIssues(parsed.error));
  return activityProblem(parsed.data) ?? parsed.data;
};

/**
 * Reads gabarits from `dir` (the host passes it: `resources/templates` of the repository or
 * of the packaged app). A bad file never stops the others: it is logged with its reason.
 * No directory (a host that ships none) means no shipped gabarit.
 */
export const createTemplateCatalog = (
  dir: string | undefined,
  log: (message: string, error: unknown) => void,
): TemplateCatalog => {
  const list = (): TemplateFile[] => {
    if (dir === undefined) return [];
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    } catch (error) {
      log(`templates folder unreadable: ${dir}`, error);
      return [];
    }
    const seen = new Set<string>();
    const found: TemplateFile[] = [];
    for (const name of names.sort()) {
      const path = join(dir, name);
      let result: TemplateFile | string;
      try {
        result = readTemplate(path);
      } catch (error) {
        result = error instanceof Error ? error.message : String(error);
      }
      if (typeof result === 'string') log(`gabarit skipped: ${path}`, result);
      else if (seen.has(result.id)) log(`gabarit skipped: ${path}`, `duplicate id ${result.id}`);
      else {
        seen.add(result.id);
        found.push(result);
      }
    }
    return found.sort(
      (a, b) =>
        a.parcours.declaredHours - b.parcours.declaredHours || a.name.localeCompare(b.name, 'fr'),
    );
  };
  return { list, get: (id) => list().find((t) => t.id === id) ?? null };
};
