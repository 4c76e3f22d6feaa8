import { emptyRichText } from '../../../../shared/domain/rich-text';
import { completionFields } from '../completion-fields';
import type { ModuleCodec } from '../mbz-module';
import { mbz } from '../mbz-tree';

/**
 * A label ⇄ `mod_label`. Its content is the module's `<intro>` (area `mod_label/intro`); the
 * variant travels in the meta line the container writes first in it (`atelier-meta.ts`), so it
 * is also shown ("Note aux formateurs"). A trainer-only label is hidden by the container's
 * visibility mapping. Labels can only be completed manually: other completions become manual.
 */
export const labelCodec: ModuleCodec<'label'> = {
  type: 'label',
  moduleName: 'label',
  mapped: ['intro', 'introformat'],
  write(activity, ctx) {
    const area = { contextId: ctx.contextId, component: 'mod_label', fileArea: 'intro', itemId: 0 };
    const { html, fileIds } = ctx.html.write(activity.content, area);
    const automatic = activity.completion !== 'none' && activity.completion !== 'manual';
    if (automatic) {
      ctx.note(
        `Une étiquette ne s'achève que manuellement : achèvement « ${activity.completion} » remplacé.`,
        `A label can only be completed manually: completion "${activity.completion}" replaced.`,
      );
    }
    return {
      instance: { name: activity.title, intro: html, introformat: 1, timemodified: ctx.time },
      fileIds,
      moduleFields: { showdescription: 1, ...(automatic ? completionFields('manual') : {}) },
    };
  },
  read(ctx) {
    const area = { contextId: ctx.contextId, component: 'mod_label', fileArea: 'intro', itemId: 0 };
    const html = mbz.str(ctx.instance, 'intro');
    return {
      content: html.trim() === '' ? emptyRichText() : ctx.html.read(html, area),
      intro: null,
    };
  },
};
