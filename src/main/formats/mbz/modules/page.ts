import { emptyRichText } from '../../../../shared/domain/rich-text';
import type { ModuleCodec } from '../mbz-module';
import { mbz } from '../mbz-tree';
import { newInstanceFields } from '../new-instance-fields';
import { phpSerialize } from '../php-serialized';
import { viewOnlyCompletion } from '../view-completion';

/** Moodle's `RESOURCELIB_DISPLAY_OPEN`: a page shows in the course's own frame. */
const DISPLAY_OPEN = 5;

/**
 * A page ⇄ `mod_page`: its content in `mod_page/content` (itemid 0). Display settings are the
 * imported ones, else a new page's (no intro on the page, last modified date shown).
 */
export const pageCodec: ModuleCodec<'page'> = {
  type: 'page',
  moduleName: 'page',
  mapped: ['content', 'contentformat'],
  write(activity, ctx) {
    const area = {
      contextId: ctx.contextId,
      component: 'mod_page',
      fileArea: 'content',
      itemId: 0,
    };
    const { html, fileIds } = ctx.html.write(activity.content, area);
    return {
      instance: {
        content: html,
        contentformat: 1,
        ...newInstanceFields(activity.moodle, {
          legacyfiles: 0,
          legacyfileslast: null,
          display: DISPLAY_OPEN,
          displayoptions: phpSerialize({ printintro: 0, printlastmodified: 1 }),
          revision: 1,
        }),
        timemodified: ctx.time,
      },
      fileIds,
      moduleFields: viewOnlyCompletion(activity.completion, ctx),
    };
  },
  read(ctx) {
    const area = {
      contextId: ctx.contextId,
      component: 'mod_page',
      fileArea: 'content',
      itemId: 0,
    };
    const html = mbz.str(ctx.instance, 'content');
    if (mbz.int(ctx.instance, 'contentformat', 1) !== 1) {
      ctx.note(
        'Contenu hors format HTML : lu comme du HTML.',
        'Content not in HTML format: read as HTML.',
      );
    }
    return { content: html.trim() === '' ? emptyRichText() : ctx.html.read(html, area) };
  },
};
