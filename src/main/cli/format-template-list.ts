import type { TemplateSummary } from '../../shared/domain/template-summary';

const hours = (value: number): string => `${String(value).replace('.', ',')} h`;

/** What `atelier templates` prints, and what an unknown `--template` lists. */
export const formatTemplateList = (list: readonly TemplateSummary[]): string => {
  if (list.length === 0) return 'Aucun gabarit / No gabarit\n';
  const lines = list.map(
    (t) => `${t.id} — ${t.name} (${hours(t.declaredHours)})\n   ${t.description}`,
  );
  return `${lines.join('\n')}\n`;
};
