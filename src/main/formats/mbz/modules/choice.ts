import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec, ModuleWriteContext } from '../mbz-module';
import { readSubmitRule, submitRule } from './shared/completion-rule';
import { mbz } from '../mbz-tree';
import { introFields } from './shared/intro-fields';
import { mergeFields } from './shared/merge-fields';
import { keepNested, moduleSourceOf, xmlNodes } from './shared/module-source';
import { emptyUserData, noteUserData } from './shared/user-data';

/** The participants' answers. */
const USER_DATA = ['answers'] as const;

/** `choice.xml` of a new choice as Moodle 4.1 and 4.5 write it (the reference's values). */
const template = (): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  publish: 0,
  showresults: 0,
  display: 0,
  allowupdate: 1,
  allowmultiple: 0,
  showunanswered: 0,
  limitanswers: 0,
  timeopen: 0,
  timeclose: 0,
  timemodified: 0,
  completionsubmit: 0,
  showpreview: 0,
  includeinactive: 1,
  showavailable: 0,
  options: '',
  ...emptyUserData(USER_DATA),
});

const optionList = (options: unknown): XmlNode[] =>
  xmlNodes(
    typeof options === 'object' && options !== null ? (options as XmlNode)['option'] : undefined,
  );

/**
 * The `<option>` records: the text is the model's; the rest (an answer limit) is the imported
 * option's at the same place. Ids are fresh: restore maps them by type across the backup.
 */
const optionsXml = (
  texts: readonly string[],
  kept: XmlNode[],
  ctx: ModuleWriteContext,
): XmlNode | '' => {
  if (texts.length === 0) return '';
  return {
    option: texts.map((text, index) => {
      const { '@_id': _id, ...rest } = kept[index] ?? {};
      return {
        '@_id': ctx.newId(),
        ...mergeFields({ text: '', maxanswers: 0, timemodified: 0 }, rest),
        text,
        timemodified: ctx.time,
      };
    }),
  };
};

/**
 * A choice ⇄ `mod_choice`: its options (each its own record, texts as written), whether several
 * may be chosen and whether an answer may be changed. Completion when submitted is Moodle's
 * `completionsubmit`. Answers are user data: never written, not imported.
 */
export const choiceCodec: ModuleCodec<'choice'> = {
  type: 'choice',
  moduleName: 'choice',
  // The options are kept nested: an option's answer limit is written back with its text.
  mapped: [...USER_DATA, 'allowmultiple', 'allowupdate', 'completionsubmit', 'options'],
  write(activity, ctx) {
    const source = moduleSourceOf(activity.moodle);
    const intro = introFields(activity, ctx, 'mod_choice');
    const rule = submitRule(activity.completion);
    const keptOptions = optionList(source.instance?.['options']);
    const instance = mergeFields(template(), source.instance);
    Object.assign(instance, intro.fields, {
      allowupdate: activity.allowUpdate ? 1 : 0,
      allowmultiple: activity.allowMultiple ? 1 : 0,
      timemodified: ctx.time,
      completionsubmit: rule.on ? 1 : 0,
      options: optionsXml(activity.options, keptOptions, ctx),
      ...emptyUserData(USER_DATA),
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
    const options = optionList(instance['options']);
    return {
      options: options.map((o) => mbz.str(o, 'text').slice(0, 255)),
      allowMultiple: mbz.flag(instance, 'allowmultiple'),
      allowUpdate: mbz.flag(instance, 'allowupdate'),
      ...readSubmitRule(ctx.module, mbz.flag(instance, 'completionsubmit')),
      ...keepNested(instance, ['options']),
    };
  },
};
