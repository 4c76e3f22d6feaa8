import type { FileArea } from '../mbz-files';
import type { ModuleCodec } from '../mbz-module';
import { ASSIGN_USER_DATA, assignTemplate } from './shared/assign-template';
import { pluginConfigsOf, pluginConfigsXml } from './shared/assign-plugin-configs';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { mbz } from '../mbz-tree';
import { gradingFiles } from './shared/grading-file';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { keepNested, moduleSourceOf } from './shared/module-source';
import { noteUserData } from './shared/user-data';

/**
 * A logbook (carnet de bord) ⇄ an ungraded `mod_assign` with online text.
 *
 * Why an assignment: a logbook is private to each participant, written over the parcours and
 * read by the trainers. An assignment's submission is exactly that (only its author and the
 * trainers see it), it restores on every Moodle (core, no user data needed), trainers can answer
 * with feedback comments, and "completed when submitted" is native. An individual wiki was the
 * other candidate: its pages are user data, so the prompts could not ship as a first page, and
 * each participant would have to create that page first; `data` is shared between participants
 * and `journal` is not core.
 *
 * The prompts are the assignment's "activity instructions" (`activity`, shown while writing;
 * files in `mod_assign/activityattachment`). Drafts are off, so the text stays editable and
 * each save is the submission; grade 0 means no grade and no grade item.
 */
export const logbookCodec: ModuleCodec<'logbook'> = {
  type: 'logbook',
  moduleName: 'assign',
  mapped: [
    ...ASSIGN_USER_DATA,
    'activity',
    'activityformat',
    'completionsubmit',
    'grade',
    'plugin_configs',
  ],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const kept = source.instance;
    const intro = introFields(activity, ctx, 'mod_assign');
    const rule = submitRule(activity.completion);
    const area: FileArea = {
      contextId: ctx.contextId,
      component: 'mod_assign',
      fileArea: 'activityattachment',
      itemId: 0,
    };
    const prompts = activity.prompts === null ? null : ctx.html.write(activity.prompts, area);
    const template = { ...assignTemplate(ctx.target), submissiondrafts: 0 };
    const instance = mergeFields(template, kept);
    Object.assign(instance, intro.fields, {
      grade: 0,
      timemodified: ctx.time,
      completionsubmit: rule.on ? 1 : 0,
      activity: prompts === null ? null : prompts.html,
      activityformat: prompts === null ? 0 : 1,
      userflags: '',
      submissions: '',
      grades: '',
      plugin_configs: pluginConfigsXml(
        pluginConfigsOf(kept?.['plugin_configs']),
        [
          { plugin: 'onlinetext', subtype: 'assignsubmission', name: 'enabled', value: '1' },
          ...(kept === null
            ? [{ plugin: 'file', subtype: 'assignsubmission', name: 'enabled', value: '0' }]
            : []),
        ],
        ctx.newId,
      ),
      overrides: '',
    });
    return {
      instance: { '@_id': ctx.instanceId, ...instance },
      fileIds: [...intro.fileIds, ...(prompts?.fileIds ?? [])],
      extraFiles: gradingFiles(activity.moodle),
      // Not graded: no grade item, not even one kept from an imported assignment.
      gradeItems: [],
      ...(rule.moduleFields ? { moduleFields: rule.moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, ASSIGN_USER_DATA);
    const html = mbz.text(instance, 'activity') ?? '';
    const area: FileArea = {
      contextId: ctx.contextId,
      component: 'mod_assign',
      fileArea: 'activityattachment',
      itemId: 0,
    };
    return {
      prompts: html.trim() === '' ? null : ctx.html.read(html, area),
      ...readSubmitRule(ctx.module, mbz.flag(instance, 'completionsubmit')),
      ...keepNested(instance, ['plugin_configs']),
    };
  },
};
