import type { Section } from '../../../shared/domain/section';
import type { XmlNode } from '../moodle-xml/xml-node';
import { metaHtml, type ItemMeta } from './atelier-meta';
import { remapAvailability } from './availability';
import type { SectionPlan } from './mbz-plan';
import { mbzSource } from './mbz-source';
import { inforefFile, xmlEntry, type MbzEntry, type MbzWriteState } from './mbz-write-state';
import { forTarget } from './moodle-defaults';
import { createMoodleHtml } from './moodle-html';
import { TEXT_FORMAT, textAsHtml } from './moodle-text-format';
import { moodleVisibility } from './role-visibility';

const metaOf = (section: Section, exact: boolean): ItemMeta => ({
  ...(section.phase.kind === 'none' ? {} : { phase: section.phase }),
  // A section made in Atelier always says its modality; an imported one only when it changed,
  // or when its backup said it (one written by Atelier).
  ...(section.moodle === null ||
  section.modality !== 'distance-async' ||
  mbzSource.section(section.moodle).modalityShown === true
    ? { modality: section.modality }
    : {}),
  ...(exact ? {} : { roles: section.visibleTo }),
});

/**
 * `sections/section_<id>/`: `section.xml` (name, the meta line then the summary with its images
 * in `course/section` with itemid = the section id, visibility, availability with its cmids
 * remapped, and the source's other fields) and its `inforef.xml`.
 */
export const writeSection = (plan: SectionPlan, state: MbzWriteState): MbzEntry[] => {
  const { section } = plan;
  const source = mbzSource.section(section.moodle);
  const warn = (fr: string, en: string): void => {
    state.warn(section.title, fr, en);
  };
  const html = createMoodleHtml({
    write: { files: state.files, media: state.media, warn },
    memo: source.html ?? {},
  });
  const area = {
    contextId: state.plan.courseContextId,
    component: 'course',
    fileArea: 'section',
    itemId: plan.id,
  };
  // Sections have no context of their own: a trainer role cannot be left out (meta line).
  const visibility = moodleVisibility(section.visibleTo, false);
  const meta = metaHtml(metaOf(section, visibility.exact));
  const text = html.writeText(section.summary, area);
  const format = meta === '' ? text.format : TEXT_FORMAT.html;
  const summary = meta + textAsHtml(text.html, meta === '' ? TEXT_FORMAT.html : text.format);
  const stored: XmlNode = source.section ?? {};
  const availability = remapAvailability(
    typeof stored['availabilityjson'] === 'string' ? stored['availabilityjson'] : null,
    (cm) => (typeof cm === 'string' ? state.plan.cmidOf.get(cm) : undefined),
    (what) => {
      warn(
        `Condition d'accès retirée : elle portait sur une activité absente (${what}).`,
        `Access condition removed: it referred to an activity that is not there (${what}).`,
      );
    },
  );
  const tree: XmlNode = {
    '@_id': plan.id,
    number: plan.number,
    name: source.unnamed === section.title ? '' : section.title,
    summary,
    summaryformat: format,
    sequence: plan.activities.map((a) => a.cmid).join(','),
    visible: visibility.visible,
    availabilityjson: availability,
    component: null,
    itemid: null,
    timemodified: state.time,
  };
  const rest = Object.fromEntries(Object.entries(stored).filter(([k]) => !(k in tree)));
  const ids = state.files.idsOf(area);
  return [
    xmlEntry(plan.directory, {
      name: 'section.xml',
      root: 'section',
      tree: forTarget({ ...tree, ...rest }, 'section', state.target),
    }),
    xmlEntry(plan.directory, inforefFile({ files: ids })),
  ];
};
