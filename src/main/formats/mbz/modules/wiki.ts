import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec, ModuleWriteContext } from '../mbz-module';
import { viewedInstead } from './shared/completion-rule';
import { mbz } from '../mbz-tree';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { moduleSourceOf } from './shared/module-source';
import { emptyUserData, noteUserData } from './shared/user-data';

/** Pages and their versions, written by participants. */
const USER_DATA = ['subwikis'] as const;

/** The first page's title Moodle needs when the activity has none. */
const DEFAULT_FIRST_PAGE = 'Accueil';

/**
 * `wiki.xml` of a new wiki as Moodle 4.1 and 4.5 write it. `timecreated` stays 0: Moodle's
 * `wiki_add_instance` never sets it.
 */
const template = (): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  timecreated: 0,
  timemodified: 0,
  firstpagetitle: DEFAULT_FIRST_PAGE,
  wikimode: 'collaborative',
  defaultformat: 'html',
  forceformat: 0,
  editbegin: 0,
  editend: 0,
  ...emptyUserData(USER_DATA),
});

/** Moodle needs a first page's title: an empty one is written as the default, said so. */
const firstPageOf = (title: string, ctx: ModuleWriteContext): string => {
  if (title.trim() !== '') return title;
  ctx.note(
    `Wiki sans titre de première page : « ${DEFAULT_FIRST_PAGE} » est écrit.`,
    `Wiki without a first page title: "${DEFAULT_FIRST_PAGE}" is written.`,
  );
  return DEFAULT_FIRST_PAGE;
};

/**
 * A wiki ⇄ `mod_wiki`: its mode and first page's title. The pages are user data (README §9):
 * never written, not imported; Moodle creates the first page when a participant opens the
 * wiki. A wiki has no submit rule: "completed when submitted" becomes "when viewed".
 */
export const wikiCodec: ModuleCodec<'wiki'> = {
  type: 'wiki',
  moduleName: 'wiki',
  mapped: [...USER_DATA, 'firstpagetitle', 'wikimode'],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const intro = introFields(activity, ctx, 'mod_wiki');
    const instance = mergeFields(template(), source.instance);
    Object.assign(instance, intro.fields, {
      timecreated: 0,
      timemodified: ctx.time,
      firstpagetitle: firstPageOf(activity.firstPageTitle, ctx),
      wikimode: activity.wikiMode,
      ...emptyUserData(USER_DATA),
    });
    const moduleFields = viewedInstead(activity.completion);
    return {
      instance: { '@_id': ctx.instanceId, ...instance },
      fileIds: intro.fileIds,
      ...(moduleFields ? { moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, USER_DATA);
    const mode = mbz.str(instance, 'wikimode');
    if (mode !== 'collaborative' && mode !== 'individual') {
      ctx.note(
        `Mode de wiki inconnu « ${mode} » : lu comme collaboratif.`,
        `Unknown wiki mode "${mode}": read as collaborative.`,
      );
    }
    return {
      wikiMode: mode === 'individual' ? 'individual' : 'collaborative',
      firstPageTitle: mbz.str(instance, 'firstpagetitle').slice(0, 255),
    };
  },
};
