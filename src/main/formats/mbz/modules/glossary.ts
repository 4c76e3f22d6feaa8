import type { Activity } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec } from '../mbz-module';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { enumValue } from './shared/enum-value';
import { mbz } from '../mbz-tree';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { isXmlNode, keepNested, moduleSourceOf, xmlNodes } from './shared/module-source';
import { renewIds } from './shared/renew-ids';
import { emptyUserData, noteUserData } from './shared/user-data';

type Glossary = Extract<Activity, { type: 'glossary' }>;
type DisplayFormat = Glossary['displayFormat'];

/** Entries (with their aliases, ratings, tags), written by participants. */
const USER_DATA = ['entries', 'entriestags'] as const;

/** `glossary.xml` of a new glossary as Moodle 4.1 and 4.5 write it (the reference's values). */
const template = (): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  allowduplicatedentries: 0,
  displayformat: 'dictionary',
  mainglossary: 0,
  showspecial: 1,
  showalphabet: 1,
  showall: 1,
  allowcomments: 0,
  allowprintview: 1,
  usedynalink: 1,
  defaultapproval: 1,
  globalglossary: 0,
  entbypage: 10,
  editalways: 0,
  rsstype: 0,
  rssarticles: 0,
  assessed: 0,
  assesstimestart: 0,
  assesstimefinish: 0,
  scale: 0,
  timecreated: 0,
  timemodified: 0,
  completionentries: 0,
  ...emptyUserData(USER_DATA),
  categories: '',
});

/** Moodle's seven display formats, read as the nearest of the model's three. */
const TO_MOODLE: Readonly<Record<DisplayFormat, string>> = {
  dictionary: 'dictionary',
  full: 'fullwithauthor',
  encyclopedia: 'encyclopedia',
};
const fromMoodle = (raw: string): DisplayFormat => {
  if (raw === 'fullwithauthor' || raw === 'fullwithoutauthor') return 'full';
  return raw === 'encyclopedia' ? 'encyclopedia' : 'dictionary';
};

/** The kept categories with fresh ids and without their entries (user data). */
const categoriesOf = (kept: unknown, newId: () => number): XmlNode | '' => {
  const categories = xmlNodes(isXmlNode(kept) ? kept['category'] : undefined);
  if (categories.length === 0) return '';
  return {
    category: categories.map((c) => {
      const renewed = renewIds(c, newId);
      return { ...(isXmlNode(renewed) ? renewed : {}), category_entries: '' };
    }),
  };
};

/**
 * A glossary ⇄ `mod_glossary`. Participants can add entries to a secondary glossary only (a
 * main glossary is the teachers'), so "participants can add" is `mainglossary` 0. Completion
 * when submitted is one entry. Categories are the glossary's own and are kept; entries are user
 * data (README §9): never written, not imported.
 */
export const glossaryCodec: ModuleCodec<'glossary'> = {
  type: 'glossary',
  moduleName: 'glossary',
  // The format and the number of entries for completion stay kept (lossy; see the write).
  mapped: [...USER_DATA, 'mainglossary', 'categories'],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const kept = source.instance;
    const intro = introFields(activity, ctx, 'mod_glossary');
    const rule = submitRule(activity.completion);
    const keptEntries = kept === null ? 0 : mbz.num(kept, 'completionentries', 0);
    const instance = mergeFields(template(), kept);
    Object.assign(instance, intro.fields, {
      displayformat: enumValue(
        activity.displayFormat,
        kept?.['displayformat'],
        TO_MOODLE,
        fromMoodle,
      ),
      mainglossary: activity.participantsCanAdd ? 0 : 1,
      timecreated: ctx.time,
      timemodified: ctx.time,
      completionentries: rule.on ? Math.max(1, keptEntries) : 0,
      ...emptyUserData(USER_DATA),
      categories: categoriesOf(kept?.['categories'], ctx.newId),
    });
    return {
      instance: { '@_id': ctx.instanceId, ...instance },
      fileIds: intro.fileIds,
      ...(rule.moduleFields ? { moduleFields: rule.moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, USER_DATA);
    const ruleOn = mbz.num(instance, 'completionentries', 0) > 0;
    return {
      displayFormat: fromMoodle(mbz.str(instance, 'displayformat')),
      participantsCanAdd: !mbz.flag(instance, 'mainglossary'),
      ...readSubmitRule(ctx.module, ruleOn),
      ...keepNested(instance, ['categories']),
    };
  },
};
