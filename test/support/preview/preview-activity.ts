import { type Activity, activitySchema } from '../../../src/shared/domain/activity';
import type { RichText } from '../../../src/shared/domain/rich-text';
import type { PreviewActivity } from '../../../src/shared/preview/preview-model';

const EMPTY_DOC: RichText = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * An activity as the core's model builder gives it: the domain's defaults filled in by its zod
 * schema, rich text replaced by HTML.
 */
export const previewActivity = (
  input: Record<string, unknown> & { type: Activity['type'] },
  html: { introHtml?: string; contentHtml?: string; promptsHtml?: string } = {},
): PreviewActivity => {
  const chapters = input['chapters'] as
    { id: string; title: string; subchapter?: boolean; html: string }[] | undefined;
  const parsed = activitySchema.parse({
    ...input,
    ...(input.type === 'page' || input.type === 'label' ? { content: EMPTY_DOC } : {}),
    ...(chapters
      ? {
          chapters: chapters.map(({ html: _html, ...chapter }) => ({
            ...chapter,
            content: EMPTY_DOC,
          })),
        }
      : {}),
  });
  const { intro: _intro, moodle: _moodle, ...rest } = parsed as Record<string, unknown>;
  delete rest['content'];
  delete rest['chapters'];
  delete rest['prompts'];
  return {
    ...rest,
    introHtml: html.introHtml ?? '',
    ...(html.contentHtml === undefined ? {} : { contentHtml: html.contentHtml }),
    ...(html.promptsHtml === undefined ? {} : { promptsHtml: html.promptsHtml }),
    ...(chapters ? { chapters: chapters.map((c) => ({ subchapter: false, ...c })) } : {}),
  } as PreviewActivity;
};
