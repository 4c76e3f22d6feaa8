import type { RichText } from '../../../shared/domain/rich-text';
import { emptyRichText } from '../../../shared/domain/rich-text';
import type { TemplateActivity } from '../../../shared/domain/template-file';

/** Turns one HTML field into rich text; the catalog passes a placeholder when only checking. */
export type ConvertHtml = (html: string) => RichText;

const chaptersOf = (value: unknown, id: () => string, convert: ConvertHtml): unknown => {
  if (!Array.isArray(value)) return value;
  return value.map((chapter: unknown) => {
    if (typeof chapter !== 'object' || chapter === null) return chapter;
    const { contentHtml, ...rest } = chapter as Record<string, unknown>;
    return {
      ...rest,
      id: id(),
      content: typeof contentHtml === 'string' ? convert(contentHtml) : emptyRichText(),
    };
  });
};

/**
 * The object `activitySchema` checks for one activity of a gabarit file: its settings as
 * written (forumType, purpose, schedule, visibleTo…), its `…Html` fields converted, and the
 * content a page or a label requires filled with an empty document when the file has none.
 */
export const templateActivityCandidate = (
  entry: TemplateActivity,
  id: () => string,
  convert: ConvertHtml,
): Record<string, unknown> => {
  const { introHtml, contentHtml, promptsHtml, chapters, ...settings } = entry;
  const candidate: Record<string, unknown> = { ...settings, id: id() };
  if (introHtml !== undefined) candidate['intro'] = convert(introHtml);
  if (promptsHtml !== undefined) candidate['prompts'] = convert(promptsHtml);
  if (contentHtml !== undefined) candidate['content'] = convert(contentHtml);
  else if (entry.type === 'page' || entry.type === 'label') candidate['content'] = emptyRichText();
  if (chapters !== undefined) candidate['chapters'] = chaptersOf(chapters, id, convert);
  return candidate;
};
