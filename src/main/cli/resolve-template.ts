import { AppError } from '../../shared/contract/app-error';
import type { TemplateSummary } from '../../shared/domain/template-summary';
import { formatTemplateList } from './format-template-list';

/** The shipped gabarit `name` designates: its id or its name, case-insensitive. */
export const resolveTemplate = (
  list: readonly TemplateSummary[],
  name: string,
): TemplateSummary => {
  const wanted = name.trim().toLocaleLowerCase('fr');
  const found = list.find(
    (t) => t.id.toLocaleLowerCase('fr') === wanted || t.name.toLocaleLowerCase('fr') === wanted,
  );
  if (found) return found;
  const known = formatTemplateList(list).trimEnd();
  throw new AppError(
    'not_found',
    `Aucun gabarit « ${name} ». Gabarits disponibles :\n${known}`,
    `No gabarit "${name}". Choose one of the above (atelier templates).`,
    { name },
  );
};
