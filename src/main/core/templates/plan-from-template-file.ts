import { randomUUID } from 'node:crypto';
import { activitySchema } from '../../../shared/domain/activity';
import { indexationSchema } from '../../../shared/domain/indexation';
import { parcoursSchema } from '../../../shared/domain/parcours';
import type { RichText } from '../../../shared/domain/rich-text';
import { sectionSchema } from '../../../shared/domain/section';
import type { TemplateFile } from '../../../shared/domain/template-file';
import type { HtmlToRichText, UnsupportedMarkup } from '../../formats/html-to-rich-text';
import type { ParcoursPlan } from './parcours-plan';
import { templateActivityCandidate } from './template-activity-candidate';

/**
 * A parcours (kind 'parcours', status construction, version 0.1) built from a shipped
 * gabarit: HTML converted to rich text, activity settings checked by their type's schema.
 * `unsupported` lists markup the editor could not hold (kept as text, see the converter).
 */
export const planFromTemplateFile = (
  file: TemplateFile,
  names: { title: string; shortName: string },
  converter: HtmlToRichText,
): { plan: ParcoursPlan; unsupported: UnsupportedMarkup[] } => {
  const unsupported: UnsupportedMarkup[] = [];
  const convert = (html: string): RichText => {
    const result = converter.convert(html);
    unsupported.push(...result.unsupported);
    return result.doc;
  };
  const parcours = parcoursSchema.parse({
    id: randomUUID(),
    kind: 'parcours',
    title: names.title,
    shortName: names.shortName,
    declaredHours: file.parcours.declaredHours,
    status: 'construction',
    version: '0.1',
    indexation: indexationSchema.parse(file.parcours.indexation ?? {}),
  });
  const sections = file.sections.map((entry) => ({
    section: sectionSchema.parse({
      id: randomUUID(),
      title: entry.title,
      modality: entry.modality,
      phase: entry.phase,
      summary: entry.summaryHtml === undefined ? null : convert(entry.summaryHtml),
      ...(entry.visibleTo ? { visibleTo: entry.visibleTo } : {}),
    }),
    // The catalog checked every activity at load: a parse failure here is a bug, not input.
    activities: entry.activities.map((activity) =>
      activitySchema.parse(templateActivityCandidate(activity, randomUUID, convert)),
    ),
  }));
  return { plan: { parcours, sections }, unsupported };
};
