import { z } from 'zod';
import type { Activity } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec, ModuleWriteContext } from '../mbz-module';
import { ASSIGN_USER_DATA, assignTemplate } from './shared/assign-template';
import {
  pluginConfigsOf,
  pluginConfigsXml,
  pluginConfigValue,
  type PluginConfig,
} from './shared/assign-plugin-configs';
import {
  ATELIER_EXTRAS,
  readAtelierExtras,
  withAtelierExtras,
  writeAtelierExtras,
} from './shared/atelier-extras';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { gradeItemNumber, gradeItemXml } from './shared/grade-item';
import { mbz } from '../mbz-tree';
import { gradingFiles } from './shared/grading-file';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { keepNested, moduleSourceOf } from './shared/module-source';
import { noteUserData } from './shared/user-data';

type Assignment = Extract<Activity, { type: 'assignment' }>;

const extrasSchema = z.object({ dueOffsetDays: z.number().int().min(0).max(3650) });

const submission = (plugin: string, name: string, value: string): PluginConfig => ({
  plugin,
  subtype: 'assignsubmission',
  name,
  value,
});

/** What the model maps to the submission plugins' settings. */
const submissionConfigs = (a: Assignment): PluginConfig[] => [
  submission('onlinetext', 'enabled', a.onlineText ? '1' : '0'),
  submission('file', 'enabled', a.fileSubmission ? '1' : '0'),
  submission('file', 'maxfilesubmissions', String(a.maxFiles)),
];

/**
 * Moodle's `grade`: the maximum grade (0: not graded), or minus a scale's id. A kept scale stays
 * while the model still shows the default maximum it was read as. The column is an integer: a
 * fractional maximum is rounded, and said so.
 */
const gradeOf = (a: Assignment, kept: XmlNode | null, ctx: ModuleWriteContext): number => {
  const keptGrade = kept === null ? 0 : mbz.num(kept, 'grade', 0);
  if (keptGrade < 0 && a.maxGrade === 100) return keptGrade;
  if (!Number.isInteger(a.maxGrade)) {
    ctx.note(
      `Note maximale ${a.maxGrade} arrondie à ${Math.round(a.maxGrade)} : Moodle n'a que des entiers.`,
      `Maximum grade ${a.maxGrade} rounded to ${Math.round(a.maxGrade)}: Moodle holds integers.`,
    );
  }
  return Math.round(a.maxGrade);
};

/** The grade item: none when not graded, the kept one for a scale, else out of `grade`. */
const gradeItemsOf = (
  a: Assignment,
  grade: number,
  kept: XmlNode | null,
  ctx: ModuleWriteContext,
) => {
  if (grade === 0 || (grade < 0 && kept === null)) return [];
  return [
    gradeItemXml({
      module: 'assign',
      instanceId: ctx.instanceId,
      itemName: a.title,
      gradeMax: grade > 0 ? grade : null,
      gradePass: a.gradeToPass ?? 0,
      time: ctx.time,
      kept,
    }),
  ];
};

/**
 * An assignment ⇄ `mod_assign`: online text and file submission (the `plugin_config` records),
 * the number of files, the maximum grade (`grade` and the grade item's `grademax`) and the grade
 * to pass (the grade item's `gradepass`). Completion when submitted is `completionsubmit`.
 *
 * Due date: a parcours has no start date, so `duedate` is written 0 (no due date: the session
 * sets it) and the offset in days travels in the `atelier` extras element, read back on import.
 * An imported absolute `duedate` stays in the `moodle` source and is written back unchanged
 * while the activity has no offset. Submissions and overrides are user data: never written.
 */
export const assignCodec: ModuleCodec<'assignment'> = {
  type: 'assignment',
  moduleName: 'assign',
  // `grade` and `duedate` stay kept, `plugin_configs` is kept nested: the write starts from them.
  mapped: [...ASSIGN_USER_DATA, 'completionsubmit', 'plugin_configs', ATELIER_EXTRAS],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const kept = source.instance;
    const intro = introFields(activity, ctx, 'mod_assign');
    const rule = submitRule(activity.completion);
    const grade = gradeOf(activity, kept, ctx);
    const instance = mergeFields(assignTemplate(ctx.target), kept);
    const extras = writeAtelierExtras({ dueOffsetDays: activity.dueOffsetDays ?? undefined });
    Object.assign(instance, intro.fields, {
      duedate: activity.dueOffsetDays === null && kept !== null ? (kept['duedate'] ?? 0) : 0,
      grade,
      timemodified: ctx.time,
      completionsubmit: rule.on ? 1 : 0,
      userflags: '',
      submissions: '',
      grades: '',
      plugin_configs: pluginConfigsXml(
        pluginConfigsOf(kept?.['plugin_configs']),
        submissionConfigs(activity),
        ctx.newId,
      ),
      overrides: '',
    });
    return {
      instance: { '@_id': ctx.instanceId, ...withAtelierExtras(instance, extras, 'userflags') },
      fileIds: intro.fileIds,
      extraFiles: gradingFiles(activity.moodle),
      gradeItems: gradeItemsOf(activity, grade, source.gradeItems[0] ?? null, ctx),
      ...(rule.moduleFields ? { moduleFields: rule.moduleFields } : {}),
    };
  },
  read(ctx) {
    const instance = ctx.instance;
    noteUserData(ctx, instance, ASSIGN_USER_DATA);
    const configs = pluginConfigsOf(instance['plugin_configs']);
    const enabled = (plugin: string): boolean =>
      pluginConfigValue(configs, plugin, 'assignsubmission', 'enabled') === '1';
    const files = Number(
      pluginConfigValue(configs, 'file', 'assignsubmission', 'maxfilesubmissions') ?? 1,
    );
    const grade = mbz.num(instance, 'grade', 100);
    const item = ctx.folder.gradeItems[0];
    const pass = item === undefined ? null : gradeItemNumber(item, 'gradepass');
    return {
      onlineText: enabled('onlinetext'),
      fileSubmission: enabled('file'),
      maxFiles: Number.isInteger(files) ? Math.min(Math.max(files, 0), 100) : 1,
      dueOffsetDays: readAtelierExtras(instance, extrasSchema)?.dueOffsetDays ?? null,
      maxGrade: grade < 0 ? 100 : Math.min(grade, 1000),
      gradeToPass: pass !== null && pass > 0 ? pass : null,
      ...readSubmitRule(ctx.module, mbz.flag(instance, 'completionsubmit')),
      ...keepNested(instance, ['plugin_configs']),
    };
  },
};
