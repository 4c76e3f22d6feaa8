import type { Activity } from '../../../shared/domain/activity';
import type { XmlNode } from '../moodle-xml/xml-node';
import { activityModuleXml } from './activity-module-xml';
import { activityRoles } from './activity-roles';
import { metaHtml, type ItemMeta } from './atelier-meta';
import type { MbzXmlFile, ModuleWriteContext } from './mbz-module';
import type { ActivityPlan, SectionPlan } from './mbz-plan';
import { activityShells } from './mbz-shells';
import { mbzSource } from './mbz-source';
import { inforefFile, xmlEntry, type MbzEntry, type MbzWriteState } from './mbz-write-state';
import { forTarget } from './moodle-defaults';
import { createMoodleHtml } from './moodle-html';
import { TEXT_FORMAT, textAsHtml } from './moodle-text-format';
import { needsTypeMark } from './module-names';
import { mergeFields } from './modules/shared/merge-fields';
import { moodleVisibility, type MoodleVisibility } from './role-visibility';

const metaOf = (activity: Activity, moduleName: string, v: MoodleVisibility): ItemMeta => ({
  ...(needsTypeMark(activity, moduleName) ? { type: activity.type } : {}),
  ...(activity.type === 'label' ? { variant: activity.variant } : {}),
  ...(activity.estimatedMinutes === null ? {} : { minutes: activity.estimatedMinutes }),
  ...(activity.modality === null ? {} : { modality: activity.modality }),
  ...(v.exact ? {} : { roles: activity.visibleTo }),
});

/** The grade items of the activity, with the ids and links only the container knows. */
const gradeItems = (items: readonly XmlNode[], plan: ActivityPlan, state: MbzWriteState) =>
  items.map((item) => ({
    ...item,
    '@_id': state.ids.next('grade_item', 2),
    categoryid: state.gradeCategoryId,
    itemname: item['itemname'] ?? plan.activity.title,
    itemtype: 'mod',
    itemmodule: plan.moduleName,
    iteminstance: plan.instanceId,
    sortorder: state.ids.next('grade_sortorder', 2),
    timecreated: state.time,
    timemodified: state.time,
    grade_grades: {},
  }));

/** Whether a value is a nested element (with children of its own) rather than a field. */
const isElement = (value: unknown): boolean =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    Object.keys(value).some((k) => !k.startsWith('@_') && k !== '#text'));

/**
 * The instance with every field before the first nested element, each group in its order.
 * Moodle's parser hands a record to restore when its first nested element starts: a field
 * after it would be restored as a second record (a second glossary, a second quiz).
 */
const fieldsBeforeElements = (node: XmlNode): XmlNode => {
  const entries = Object.entries(node);
  return Object.fromEntries([
    ...entries.filter(([, value]) => !isElement(value)),
    ...entries.filter(([, value]) => isElement(value)),
  ]);
};

/**
 * The codec's instance laid over the source's, in the codec's order; a field only the source has
 * goes right after the field it followed there. With the source's order first, a field the
 * import mapped (a page's `content`) would move behind the kept ones: an imported activity would
 * not be written in Moodle's order, nor an export of an import give the first export's bytes.
 */
const laidOver = (written: XmlNode, kept: XmlNode | undefined): XmlNode =>
  Object.fromEntries(
    Object.keys(mergeFields(written, kept ?? null)).map((k) => [
      k,
      k in written ? written[k] : kept?.[k],
    ]),
  );

/**
 * One activity's folder: `module.xml`, `<mod>.xml` (the codec's instance laid over the
 * source's, with the container's id, name and intro), `inforef.xml`, roles with the visibility
 * overrides, grades, and every other file (the source's, the codec's, or the empty shell).
 */
export const writeActivity = (
  plan: ActivityPlan,
  section: SectionPlan,
  state: MbzWriteState,
): MbzEntry[] => {
  const { activity, codec, moduleName, contextId } = plan;
  const source = mbzSource.activity(activity.moodle);
  const note = (fr: string, en: string): void => {
    state.warn(activity.title, fr, en);
  };
  const html = createMoodleHtml({
    write: { files: state.files, media: state.media, warn: note },
    memo: source.html ?? {},
  });
  const ctx: ModuleWriteContext = {
    target: state.target,
    time: state.time,
    cmid: plan.cmid,
    instanceId: plan.instanceId,
    contextId,
    courseContextId: state.plan.courseContextId,
    files: state.files,
    html,
    newId: () => state.ids.next('sub'),
    bank: state.bank,
    note,
  };
  const written = codec.write(activity, ctx);
  const visibility = moodleVisibility(activity.visibleTo, true);
  if (activity.type === 'label' && activity.variant === 'note-formateurs' && visibility.visible) {
    note(
      'Note aux formateurs visible par les participants : vérifiez à qui elle est destinée.',
      'Note for trainers visible to participants: check who it is meant for.',
    );
  }
  if (
    activity.completion === 'passing-grade' &&
    (activity.type === 'quiz' || activity.type === 'assignment') &&
    !(activity.gradeToPass !== null && activity.gradeToPass > 0)
  ) {
    note(
      'Achèvement « note de passage » sans note de passage : personne ne pourra achever cette activité. Indiquez une note pour réussir.',
      'Completion "passing grade" without a grade to pass: nobody can complete this activity. Set a grade to pass.',
    );
  }
  if (activity.type === 'quiz' && activity.slots.length === 0) {
    note(
      'Test sans question : ajoutez-en avant de publier.',
      'Quiz without questions: add some before publishing.',
    );
  }
  if (
    activity.type === 'feedback' &&
    activity.items.every((i) => i.type === 'pagebreak' || i.type === 'info' || i.type === 'label')
  ) {
    note(
      'Questionnaire sans question : ajoutez-en avant de publier.',
      'Questionnaire without questions: add some before publishing.',
    );
  }
  const meta = metaHtml(metaOf(activity, moduleName, visibility));
  const codecIntro = written.instance['intro'];
  const introArea = { contextId, component: `mod_${moduleName}`, fileArea: 'intro', itemId: 0 };
  const own = typeof codecIntro === 'string' ? null : html.writeText(activity.intro, introArea);
  const text =
    own === null
      ? String(codecIntro)
      : textAsHtml(own.html, meta === '' ? TEXT_FORMAT.html : own.format);
  const intro = meta + text;
  const merged: XmlNode = {
    '@_id': plan.instanceId,
    name: activity.title,
    intro,
    introformat: own === null || meta !== '' ? TEXT_FORMAT.html : own.format,
    ...laidOver(written.instance, source.instance),
  };
  Object.assign(merged, { '@_id': plan.instanceId, name: activity.title, intro });
  if ('timemodified' in merged) merged['timemodified'] = state.time;
  const instance = forTarget(fieldsBeforeElements(merged), moduleName, state.target);

  const module = activityModuleXml(
    {
      plan,
      sectionId: section.id,
      sectionNumber: section.number,
      visible: visibility.visible,
      sectionVisible: moodleVisibility(section.section.visibleTo, false).visible,
      showDescription:
        source.module?.['showdescription'] === undefined
          ? intro !== ''
          : source.module['showdescription'] === '1',
      stored: source.module,
      codecFields: written.moduleFields,
    },
    state,
  );
  const roles = activityRoles(visibility.prevented, source.overrides ?? [], state);
  const grades = gradeItems(written.gradeItems ?? source.gradeItems ?? [], plan, state);
  const fileIds = new Set(written.fileIds);
  for (const r of state.files.records()) if (r.contextId === contextId) fileIds.add(r.id);

  const files = new Map<string, MbzXmlFile>();
  for (const f of [...activityShells(), ...(source.files ?? [])]) files.set(f.name, f);
  files.set('roles.xml', roles.file);
  if (grades.length > 0) {
    files.set('grades.xml', {
      name: 'grades.xml',
      root: 'activity_gradebook',
      tree: { grade_items: { grade_item: grades }, grade_letters: {} },
    });
  }
  for (const f of written.extraFiles ?? []) files.set(f.name, f);
  const activityXml: MbzXmlFile = {
    name: `${moduleName}.xml`,
    root: 'activity',
    tree: {
      '@_id': plan.instanceId,
      '@_moduleid': plan.cmid,
      '@_modulename': moduleName,
      '@_contextid': contextId,
      [moduleName]: instance,
    },
  };
  const inforef = inforefFile({
    roles: roles.roleIds,
    files: [...fileIds].sort((a, b) => a - b),
    gradeItems: grades.map((g) => g['@_id']),
    questionCategories: state
      .withParentCategories([
        ...(written.questionCategoryIds ?? []),
        ...state.categoriesInContext(contextId),
      ])
      .sort((a, b) => a - b),
  });
  return [
    { name: 'module.xml', root: 'module', tree: module },
    activityXml,
    inforef,
    ...[...files.values()].filter(
      (f) => !['module.xml', activityXml.name, 'inforef.xml'].includes(f.name),
    ),
  ].map((f) => xmlEntry(plan.directory, f));
};
