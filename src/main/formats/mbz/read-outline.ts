import type { XmlNode } from '../moodle-xml/xml-node';
import type { MbzFolder } from './mbz-folder';
import type { MbzReportBuilder } from './mbz-report';
import { mbz } from './mbz-tree';
import type { ManifestActivity, ManifestSection, MbzManifest } from './read-manifest';

/** A section to read, with its `section.xml` and its activities in course order. */
export interface OutlineSection {
  manifest: ManifestSection;
  node: XmlNode;
  activities: ManifestActivity[];
}

/**
 * The course outline of a backup: sections by number, a section delegated to a
 * `mod_subsection` (4.5) placed right after the section holding that subsection, which is
 * flattened (Atelier has no nesting; 4.1 does the same on restore, README §13.2). Activities
 * follow their section's `sequence`, then the manifest's order. What is left out (excluded by
 * the backup's settings, the subsection modules) is reported.
 */
export const outlineOf = (
  folder: MbzFolder,
  manifest: MbzManifest,
  report: MbzReportBuilder,
): OutlineSection[] => {
  const sections = manifest.sections
    .filter((s) => s.included)
    .map((s) => ({ manifest: s, node: folder.requireXml(`${s.directory}/section.xml`, 'section') }))
    .sort((a, b) => mbz.int(a.node, 'number') - mbz.int(b.node, 'number'));
  const activitiesOf = (section: ManifestSection, node: XmlNode): ManifestActivity[] => {
    const mine = manifest.activities.filter((a) => a.sectionId === section.id);
    const order = mbz.str(node, 'sequence').split(',').map(Number);
    const rank = (a: ManifestActivity): number => {
      const at = order.indexOf(a.cmid);
      return at < 0 ? order.length + mine.indexOf(a) : at;
    };
    return [...mine].sort((a, b) => rank(a) - rank(b));
  };
  const delegated = (cmid: number) => sections.find((s) => s.manifest.parentCmid === cmid);
  const out: OutlineSection[] = [];
  const place = (s: (typeof sections)[number]): void => {
    const activities: ManifestActivity[] = [];
    const after: (typeof sections)[number][] = [];
    for (const a of activitiesOf(s.manifest, s.node)) {
      if (!a.included) {
        report
          .item('activity', a.directory, a.title)
          .done(
            'refused',
            'Exclue de la sauvegarde par ses réglages.',
            'Excluded by the backup settings.',
          );
      } else if (a.moduleName === 'subsection') {
        const inner = delegated(a.cmid);
        if (inner !== undefined) after.push(inner);
        report
          .item('activity', a.directory, a.title)
          .done(
            'refused',
            'Sous-section aplatie : son contenu devient une section qui suit celle-ci.',
            'Subsection flattened: its content becomes a section after this one.',
          );
      } else {
        activities.push(a);
      }
    }
    out.push({ ...s, activities });
    after.forEach(place);
  };
  sections.filter((s) => s.manifest.parentCmid === null).forEach(place);
  // A delegated section whose subsection is not in the backup still comes, at the end.
  for (const s of sections) if (!out.some((o) => o.manifest === s.manifest)) place(s);
  const placed = new Set(sections.map((s) => s.manifest.id));
  for (const a of manifest.activities.filter((x) => !placed.has(x.sectionId))) {
    report
      .item('activity', a.directory, a.title)
      .done(
        'refused',
        'Sa section n’est pas dans la sauvegarde.',
        'Its section is not in the backup.',
      );
  }
  return out;
};
