import type { RichText } from '../../../../../shared/domain/rich-text';
import type { FileArea } from '../../mbz-files';
import type { ModuleWriteContext } from '../../mbz-module';

/** An instance element's `name`, `intro` and `introformat` (HTML), and the files the intro uses. */
export const introFields = (
  activity: { title: string; intro: RichText | null },
  ctx: ModuleWriteContext,
  component: string,
): { fields: { name: string; intro: string; introformat: number }; fileIds: number[] } => {
  const area: FileArea = { contextId: ctx.contextId, component, fileArea: 'intro', itemId: 0 };
  const { html, fileIds } = ctx.html.write(activity.intro, area);
  return { fields: { name: activity.title, intro: html, introformat: 1 }, fileIds };
};
