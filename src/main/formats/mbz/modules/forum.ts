import type { Activity } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec } from '../mbz-module';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { enumValue } from './shared/enum-value';
import { mbz } from '../mbz-tree';
import { gradingFiles } from './shared/grading-file';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { moduleSourceOf } from './shared/module-source';
import { emptyUserData, noteUserData } from './shared/user-data';

type Forum = Extract<Activity, { type: 'forum' }>;
type ForumType = Forum['forumType'];

/** Discussions, subscriptions, read marks, tags and grades of posts: the participants'. */
const USER_DATA = [
  'discussions',
  'subscriptions',
  'digests',
  'readposts',
  'trackedprefs',
  'poststags',
  'grades',
] as const;
const RULES = ['completiondiscussions', 'completionreplies', 'completionposts'] as const;

/** `forum.xml` of a new forum as Moodle 4.1 and 4.5 write it (the reference's values). */
const template = (): XmlNode => ({
  type: 'general',
  name: '',
  intro: '',
  introformat: 1,
  duedate: 0,
  cutoffdate: 0,
  assessed: 0,
  assesstimestart: 0,
  assesstimefinish: 0,
  scale: 0,
  maxbytes: 0,
  maxattachments: 1,
  forcesubscribe: 0,
  trackingtype: 1,
  rsstype: 0,
  rssarticles: 0,
  timemodified: 0,
  warnafter: 0,
  blockafter: 0,
  blockperiod: 0,
  completiondiscussions: 0,
  completionreplies: 0,
  completionposts: 0,
  displaywordcount: 0,
  lockdiscussionafter: 0,
  grade_forum: 0,
  ...emptyUserData(USER_DATA),
});

/** Moodle's `general` is the standard forum; `eachuser` and `blog` read as standard too. */
const TO_MOODLE: Readonly<Record<ForumType, string>> = {
  standard: 'general',
  qanda: 'qanda',
  single: 'single',
  news: 'news',
};
const fromMoodle = (raw: string): ForumType =>
  raw === 'qanda' || raw === 'single' || raw === 'news' ? raw : 'standard';

/**
 * The completion rules: off unless the forum is completed when submitted; then the imported
 * rules if any was set, else one post (a discussion or a reply).
 */
const ruleFields = (on: boolean, kept: XmlNode | null): XmlNode => {
  const keptRules = kept !== null && RULES.some((r) => mbz.num(kept, r, 0) > 0);
  if (on && kept !== null && keptRules) {
    return Object.fromEntries(RULES.map((r) => [r, mbz.num(kept, r, 0)]));
  }
  return { completiondiscussions: 0, completionreplies: 0, completionposts: on ? 1 : 0 };
};

/**
 * A forum ⇄ `mod_forum`. The type is Moodle's (`standard` is `general`); a `single` forum's
 * discussion is created by Moodle's restore from the intro. Completion when submitted is "one
 * post". Discussions are user data: never written, not imported. Ratings and whole-forum
 * grading are kept (settings in the source, grade items by the container).
 */
export const forumCodec: ModuleCodec<'forum'> = {
  type: 'forum',
  moduleName: 'forum',
  // The type and the completion rules stay kept: see `enumValue` and `ruleFields`.
  mapped: USER_DATA,
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const intro = introFields(activity, ctx, 'mod_forum');
    const rule = submitRule(activity.completion);
    const instance = mergeFields(template(), source.instance);
    Object.assign(instance, intro.fields, ruleFields(rule.on, source.instance), {
      type: enumValue(activity.forumType, source.instance?.['type'], TO_MOODLE, fromMoodle),
      timemodified: ctx.time,
      ...emptyUserData(USER_DATA),
    });
    return {
      instance: { '@_id': ctx.instanceId, ...instance },
      fileIds: intro.fileIds,
      extraFiles: gradingFiles(activity.moodle),
      ...(rule.moduleFields ? { moduleFields: rule.moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, USER_DATA);
    const ruleOn = RULES.some((r) => mbz.num(instance, r, 0) > 0);
    return {
      forumType: fromMoodle(mbz.str(instance, 'type')),
      ...readSubmitRule(ctx.module, ruleOn),
    };
  },
};
