import { z } from 'zod';
import type { Activity } from '../../../../shared/domain/activity';
import type { FeedbackItem } from '../../../../shared/domain/feedback-item';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec, ModuleReadContext, ModuleWriteContext } from '../mbz-module';
import {
  ATELIER_EXTRAS,
  readAtelierExtras,
  withAtelierExtras,
  writeAtelierExtras,
} from './shared/atelier-extras';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { feedbackItemXml, readFeedbackItem } from './shared/feedback-item-xml';
import { mbz } from '../mbz-tree';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { isXmlNode, moduleSourceOf } from './shared/module-source';
import { emptyUserData, noteUserData } from './shared/user-data';

type Feedback = Extract<Activity, { type: 'feedback' }>;

/** The participants' completed questionnaires. */
const USER_DATA = ['completeds'] as const;
const MAPPED = [
  'anonymous',
  'email_notification',
  'multiple_submit',
  'autonumbering',
  'site_after_submit',
  'page_after_submit',
  'publish_stats',
  'completionsubmit',
  'items',
] as const;

/** Moodle's `FEEDBACK_ANONYMOUS_YES` and `FEEDBACK_ANONYMOUS_NO`. */
const ANONYMOUS = 1;
const NAMED = 2;

const extrasSchema = z.object({ purpose: z.enum(['final-survey', 'positioning']) });

/**
 * `feedback.xml` of a new feedback as Moodle 4.1 and 4.5 write it, but for
 * `page_after_submitformat`: 1 (HTML, what Moodle's form stores; the generated reference has 0)
 * since the page after submission is HTML.
 */
const template = (): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  anonymous: ANONYMOUS,
  email_notification: 0,
  multiple_submit: 0,
  autonumbering: 0,
  site_after_submit: '',
  page_after_submit: '',
  page_after_submitformat: 1,
  publish_stats: 0,
  timeopen: 0,
  timeclose: 0,
  timemodified: 0,
  completionsubmit: 0,
  items: '',
  ...emptyUserData(USER_DATA),
});

/** An option as Moodle can store it: it splits options on `|` and on line breaks. */
const storable = (text: string): string => text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '/');

/** A choice item's options made storable, the change reported. */
const storableItem = (item: FeedbackItem, ctx: ModuleWriteContext): FeedbackItem => {
  if (item.type !== 'multichoice' && item.type !== 'multichoicerated') return item;
  const texts = item.type === 'multichoice' ? item.options : item.options.map((o) => o.text);
  if (texts.every((t) => storable(t) === t)) return item;
  ctx.note(
    `Question « ${item.name} » : « | » et les retours à la ligne des options sont remplacés.`,
    `Item "${item.name}": "|" and line breaks in options are replaced.`,
  );
  return item.type === 'multichoice'
    ? { ...item, options: item.options.map(storable) }
    : { ...item, options: item.options.map((o) => ({ ...o, text: storable(o.text) })) };
};

/** The `<items>` element: fresh Moodle ids, conditions pointing at them, positions from 1. */
const itemsXml = (items: readonly FeedbackItem[], ctx: ModuleWriteContext): XmlNode | '' => {
  if (items.length === 0) return '';
  const ids = new Map(items.map((item) => [item.id, ctx.newId()]));
  return {
    item: items.map((item, index) => {
      const depend = item.dependItemId === null ? 0 : (ids.get(item.dependItemId) ?? 0);
      return feedbackItemXml(storableItem(item, ctx), ids.get(item.id) ?? 0, index + 1, depend);
    }),
  };
};

const PLUGINFILE = '@@PLUGINFILE@@';

/** The items in Moodle's order (`position`), conditions resolved to the read items' ids. */
const readItems = (ctx: ModuleReadContext): FeedbackItem[] => {
  const element = ctx.instance['items'];
  const list = isXmlNode(element) ? element['item'] : undefined;
  const nodes = (Array.isArray(list) ? list : list === undefined ? [] : [list])
    .filter(isXmlNode)
    .sort((a, b) => mbz.num(a, 'position', 0) - mbz.num(b, 'position', 0));
  const byMoodleId = new Map<number, string>();
  const read: { item: FeedbackItem; dependItem: number }[] = [];
  for (const node of nodes) {
    const found = readFeedbackItem(node, ctx.newId());
    const typ = mbz.str(node, 'typ');
    if (found === null) {
      ctx.note(
        `Élément de questionnaire « ${typ} » non pris en charge : il n'est pas importé.`,
        `Feedback item "${typ}" is not supported: it is not imported.`,
      );
      continue;
    }
    if (typ === 'label' && found.item.type === 'label' && found.item.html.includes(PLUGINFILE)) {
      ctx.note(
        "Les fichiers d'une étiquette du questionnaire ne sont pas importés.",
        "A feedback label's files are not imported.",
      );
    }
    byMoodleId.set(mbz.num(node, '@_id', 0), found.item.id);
    read.push(found);
  }
  return read.map(({ item, dependItem }) => ({
    ...item,
    dependItemId: dependItem === 0 ? null : (byMoodleId.get(dependItem) ?? null),
  }));
};

const flag = (on: boolean): number => (on ? 1 : 0);

/**
 * A feedback (questionnaire) ⇄ `mod_feedback`: its settings and every item with Moodle's
 * presentation encodings (see `feedbackPresentation`). Moodle has no purpose for a feedback
 * (final survey, positioning): it travels in the `atelier` extras element. Completion when
 * submitted is Moodle's `completionsubmit`, also on when `completionSubmit` is. Completed
 * questionnaires are user data: never written, not imported.
 */
export const feedbackCodec: ModuleCodec<'feedback'> = {
  type: 'feedback',
  moduleName: 'feedback',
  mapped: [...USER_DATA, ...MAPPED, ATELIER_EXTRAS],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const intro = introFields(activity, ctx, 'mod_feedback');
    const rule = submitRule(activity.completion);
    const extras = writeAtelierExtras({
      purpose: activity.purpose === 'none' ? undefined : activity.purpose,
    });
    const instance = mergeFields(template(), source.instance);
    Object.assign(instance, intro.fields, {
      anonymous: activity.anonymous ? ANONYMOUS : NAMED,
      email_notification: flag(activity.emailNotification),
      multiple_submit: flag(activity.multipleSubmit),
      autonumbering: flag(activity.autoNumbering),
      site_after_submit: activity.siteAfterSubmit,
      page_after_submit: activity.pageAfterSubmit,
      publish_stats: flag(activity.publishStats),
      timemodified: ctx.time,
      completionsubmit: flag(rule.on || activity.completionSubmit),
      items: itemsXml(activity.items, ctx),
      ...emptyUserData(USER_DATA),
    });
    return {
      instance: { '@_id': ctx.instanceId, ...withAtelierExtras(instance, extras, 'items') },
      fileIds: intro.fileIds,
      ...(rule.moduleFields ? { moduleFields: rule.moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, USER_DATA);
    const completionSubmit = mbz.flag(instance, 'completionsubmit');
    const pageAfterSubmit = mbz.str(instance, 'page_after_submit');
    if (pageAfterSubmit.includes(PLUGINFILE)) {
      ctx.note(
        'Les fichiers de la page affichée après envoi ne sont pas importés.',
        'The files of the page shown after submission are not imported.',
      );
    }
    const fields: Partial<Feedback> = {
      purpose: readAtelierExtras(instance, extrasSchema)?.purpose ?? 'none',
      anonymous: mbz.num(instance, 'anonymous', ANONYMOUS) !== NAMED,
      multipleSubmit: mbz.flag(instance, 'multiple_submit'),
      autoNumbering: mbz.flag(instance, 'autonumbering'),
      emailNotification: mbz.flag(instance, 'email_notification'),
      publishStats: mbz.flag(instance, 'publish_stats'),
      pageAfterSubmit: pageAfterSubmit.slice(0, 1_000_000),
      siteAfterSubmit: mbz.str(instance, 'site_after_submit').slice(0, 2048),
      completionSubmit,
      items: readItems(ctx).slice(0, 1000),
      ...readSubmitRule(ctx.module, completionSubmit),
    };
    return fields;
  },
};
