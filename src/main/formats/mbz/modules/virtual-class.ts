import { z } from 'zod';
import { virtualClassScheduleSchema } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { FileArea } from '../mbz-files';
import type { ModuleCodec } from '../mbz-module';
import { ATELIER_EXTRAS, readAtelierExtras, writeAtelierExtras } from './shared/atelier-extras';
import { viewedInstead } from './shared/completion-rule';
import { mbz } from '../mbz-tree';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { moduleSourceOf } from './shared/module-source';
import { virtualClassParagraph, withoutVirtualClassParagraph } from './shared/virtual-class-text';

/*
 * Decision: a virtual class is written as a core `url` module, not `bigbluebuttonbn`.
 *
 * Stock Moodle has no "classe virtuelle" module. `bigbluebuttonbn` is core since 4.0 but ships
 * disabled, must be enabled by an administrator who accepts its data processing terms, and
 * needs a BigBlueButton server: many academy sites run another tool or none, and a backup of a
 * module the site cannot run does not give a working activity. A `url`
 * restores on every Moodle 4.1+ site, whatever tool the session uses (BBB, Via, Classe
 * virtuelle du CNED…): it is the link to the room, opened in a new window. Its date and duration
 * are written for people at the end of the description (shown on the course page), and for the
 * round trip in the `atelier` extras element. Without a link yet, `externalurl` is empty: the
 * session fills it in.
 *
 * The container marks the `url` as a virtual class (its Atelier line) and routes it back here;
 * `read` returns the `intro`: the description without the schedule paragraph.
 */

const extrasSchema = z.object({
  schedule: virtualClassScheduleSchema,
  durationMinutes: z.number().int().min(0).max(1440),
});

/** Moodle's `RESOURCELIB_DISPLAY_NEW`: the room opens in a new window. */
const DISPLAY_NEW = 3;

/** `url.xml` of a new virtual class link (the reference's fields; display "new window"). */
const template = (): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  externalurl: '',
  display: DISPLAY_NEW,
  displayoptions: 'a:0:{}',
  parameters: 'a:0:{}',
  timemodified: 0,
});

const isLink = (url: string): boolean => /^https?:\/\//i.test(url) && url.length <= 2048;

/** A virtual class ⇄ a `mod_url` to its room, the schedule in its description. */
export const virtualClassCodec: ModuleCodec<'virtualClass'> = {
  type: 'virtualClass',
  moduleName: 'url',
  mapped: [ATELIER_EXTRAS],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const intro = introFields(activity, ctx, 'mod_url');
    const instance = mergeFields(template(), source.instance);
    if (activity.link === null) {
      ctx.note(
        'Classe virtuelle sans lien : à compléter dans Moodle.',
        'Virtual class without a link: to fill in Moodle.',
      );
    }
    const keptUrl = source.instance === null ? '' : mbz.str(source.instance, 'externalurl');
    Object.assign(instance, intro.fields, {
      intro:
        intro.fields.intro + virtualClassParagraph(activity.schedule, activity.durationMinutes),
      // A kept address that is not a web link could not be read as the link: it stays.
      externalurl: activity.link ?? (isLink(keptUrl) ? '' : keptUrl),
      timemodified: ctx.time,
      [ATELIER_EXTRAS]: writeAtelierExtras({
        schedule: activity.schedule,
        durationMinutes: activity.durationMinutes,
      }),
    });
    return {
      instance: { '@_id': ctx.instanceId, ...instance },
      fileIds: intro.fileIds,
      moduleFields: { showdescription: 1, ...viewedInstead(activity.completion) },
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    const url = mbz.str(instance, 'externalurl').trim();
    const extras = readAtelierExtras(instance, extrasSchema);
    if (extras === null) {
      ctx.note(
        'Classe virtuelle sans date lisible : elle est importée « à planifier », durée 60 min.',
        'Virtual class without a readable schedule: imported as unplanned, 60 minutes long.',
      );
    }
    const html = withoutVirtualClassParagraph(mbz.str(instance, 'intro'));
    const area: FileArea = {
      contextId: ctx.contextId,
      component: 'mod_url',
      fileArea: 'intro',
      itemId: 0,
    };
    return {
      intro: html.trim() === '' ? null : ctx.html.read(html, area),
      link: isLink(url) ? url : null,
      schedule: extras?.schedule ?? { kind: 'unplanned' },
      durationMinutes: extras?.durationMinutes ?? 60,
    };
  },
};
