import { sectionSchema, type Section } from '../../../shared/domain/section';
import type { XmlNode } from '../moodle-xml/xml-node';
import { extractMeta } from './atelier-meta';
import { LEGACY_NOTE, withoutLegacyAvailability } from './legacy-availability';
import { remapAvailability } from './availability';
import type { MbzMediaRegistry } from './mbz-media-registry';
import type { MbzReportEntry } from './mbz-report';
import { mbzSource } from './mbz-source';
import { mbz } from './mbz-tree';
import { createMoodleHtml, type HtmlMemo } from './moodle-html';
import type { MoodleHtmlReader } from './moodle-html-read';
import { visibleToFrom } from './role-visibility';

/** `section.xml` fields the model maps, or the container rebuilds; the others are kept. */
const MAPPED = [
  'number',
  'name',
  'summary',
  'summaryformat',
  'sequence',
  'visible',
  'timemodified',
  'component',
  'itemid',
];

/** What reading a section needs from the backup being read. */
export interface SectionReadInput {
  node: XmlNode;
  courseContextId: number;
  registry: MbzMediaRegistry;
  reader: MoodleHtmlReader;
  entry: MbzReportEntry;
  /** The activity id of an old cmid (availability conditions). */
  activityOfCm: (cmid: number) => string | undefined;
  id: string;
}

/** A section's default title when Moodle stored none. */
export const defaultSectionTitle = (number: number): string =>
  number === 0 ? 'Généralités' : `Section ${number}`;

/**
 * A section of `section.xml`: title, summary (its images from `course/section` with the old
 * section id), visibility, and what Atelier's meta line says (modality, phase, roles); the
 * availability, with its cmids as activity ids, and the other fields go to its `moodle` source.
 */
export const readSection = (input: SectionReadInput): Section => {
  const { node, entry } = input;
  const sectionId = mbz.id(node);
  const number = mbz.int(node, 'number');
  const name = mbz.str(node, 'name').trim().slice(0, 255);
  const memo: HtmlMemo = {};
  const html = createMoodleHtml({
    read: {
      reader: input.reader,
      resolve: (area, path, file) => input.registry.resolve(area, path, file),
      note: entry.note,
      onImage: (id, alt) => {
        input.registry.describe(id, alt);
      },
    },
    memo,
  });
  const { meta, html: summaryHtml } = extractMeta(mbz.str(node, 'summary'));
  const area = {
    contextId: input.courseContextId,
    component: 'course',
    fileArea: 'section',
    itemId: sectionId,
  };
  const summary =
    summaryHtml.trim() === ''
      ? null
      : html.readText(summaryHtml, mbz.int(node, 'summaryformat', 1), area);
  const legacy = withoutLegacyAvailability(node);
  const kept: XmlNode = Object.fromEntries(
    Object.entries(legacy.node).filter(([k]) => !MAPPED.includes(k) && !k.startsWith('@_')),
  );
  if (legacy.restricted) entry.note(LEGACY_NOTE.fr, LEGACY_NOTE.en);
  kept['availabilityjson'] = remapAvailability(
    mbz.text(node, 'availabilityjson'),
    (cm) => (typeof cm === 'number' ? input.activityOfCm(cm) : undefined),
    (what) => {
      entry.note(
        `Condition d’accès retirée (activité absente de la sauvegarde : ${what}).`,
        `Access condition removed (activity not in the backup: ${what}).`,
      );
    },
  );
  const title = name === '' ? defaultSectionTitle(number) : name;
  entry.done('mapped', 'Section reprise.', 'Section imported.');
  return sectionSchema.parse({
    id: input.id,
    title,
    summary,
    ...(meta?.modality === undefined ? {} : { modality: meta.modality }),
    ...(meta?.phase === undefined ? {} : { phase: meta.phase }),
    visibleTo: visibleToFrom(mbz.int(node, 'visible', 1) !== 0, [], meta?.roles, false),
    moodle: mbzSource.store({
      section: kept,
      ...(name === '' ? { unnamed: title } : {}),
      ...(meta?.modality === undefined ? {} : { modalityShown: true }),
      html: memo,
    }),
  });
};
