import { indexationSchema } from '../../../shared/domain/indexation';
import { parcoursSchema, type Parcours } from '../../../shared/domain/parcours';
import type { XmlNode } from '../moodle-xml/xml-node';
import { CUSTOM_FIELDS, indexationFromCustomFields } from './course-custom-fields';
import { extractIndexationBlock, ficheKey } from './course-indexation';
import type { MbzFolder } from './mbz-folder';
import type { MbzMediaRegistry } from './mbz-media-registry';
import type { MbzXmlFile } from './mbz-module';
import type { MbzReportBuilder } from './mbz-report';
import { mbzSource } from './mbz-source';
import { mbz } from './mbz-tree';
import { textAsHtml } from './moodle-text-format';
import { withoutUserData } from './user-data';

/** `course.xml` fields the parcours maps; the others are kept in its source. */
const MAPPED = ['shortname', 'fullname', 'summary', 'summaryformat', 'customfields'];

/** Course files that are not kept: the course itself, its inforef, and user data. */
const NOT_KEPT = ['course.xml', 'inforef.xml', 'comments.xml', 'logs.xml'];

/** A short name as the model accepts it: other characters become `-`, at most 100. */
export const toShortName = (raw: string, fallback: string): string => {
  const cleaned = raw
    .trim()
    .replace(/[^\p{L}\p{N} _.-]+/gu, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 100)
    .trim();
  return cleaned === '' ? fallback : cleaned;
};

/** The course's other files worth keeping: those that say something (not empty shells). */
const keptFiles = (folder: MbzFolder): MbzXmlFile[] =>
  folder
    .list('course')
    .filter((name) => name.endsWith('.xml') && !NOT_KEPT.includes(name))
    .flatMap((name) => {
      const file = folder.anyXml(`course/${name}`);
      if (file === null) return [];
      const tree = withoutUserData(file.tree);
      return mbz.hasContent(tree) ? [{ name, root: file.root, tree }] : [];
    });

/**
 * The parcours of `course/course.xml`: title, short name, the indexation (from Atelier's
 * summary block, else its custom fields), the vignette (the first course image), and in its
 * `moodle` source every other course field, the course files that hold something, and the
 * summary without the block.
 */
export const readCourse = (
  folder: MbzFolder,
  registry: MbzMediaRegistry,
  report: MbzReportBuilder,
  id: string,
): Parcours => {
  const course = folder.requireXml('course/course.xml', 'course');
  const contextId = Number(mbz.attr(course, 'contextid'));
  const title = mbz.str(course, 'fullname').trim().slice(0, 255);
  const shortName = toShortName(mbz.str(course, 'shortname'), 'parcours');
  const entry = report.item('course', 'course', title || shortName);
  if (shortName !== mbz.str(course, 'shortname')) {
    entry.note(
      `Nom abrégé « ${mbz.str(course, 'shortname')} » adapté en « ${shortName} ».`,
      `Short name "${mbz.str(course, 'shortname')}" adapted to "${shortName}".`,
    );
  }
  const { block, html } = extractIndexationBlock(
    textAsHtml(mbz.str(course, 'summary'), mbz.int(course, 'summaryformat', 1)),
  );
  const fields = mbz.list(mbz.child(course, 'customfields'), 'customfield');
  const fromFields = block === null ? indexationFromCustomFields(fields) : null;
  const summaryArea = { contextId, component: 'course', fileArea: 'summary', itemId: 0 };
  const summaryFiles = registry
    .inArea(summaryArea)
    .filter((r) => r.fileName !== '.' && registry.use(r) !== null)
    .map((r) => ({
      mediaId: r.mediaId ?? '',
      filePath: r.filePath,
      fileName: r.fileName,
      author: r.author,
      license: r.license,
    }));
  const overview = registry
    .inArea({ contextId, component: 'course', fileArea: 'overviewfiles', itemId: 0 })
    .find((r) => r.mimeType?.startsWith('image/') === true && registry.use(r) !== null);
  const kept: XmlNode = Object.fromEntries(
    Object.entries(course).filter(([k]) => !MAPPED.includes(k) && !k.startsWith('@_')),
  );
  const otherFields = fields.filter((f) => !(mbz.str(f, 'shortname') in CUSTOM_FIELDS));
  if (otherFields.length > 0) kept['customfields'] = { customfield: otherFields };
  if (html.trim() !== '' && block === null) {
    entry.note(
      'Résumé du cours gardé tel quel (écrit avant la fiche d’indexation à l’export).',
      'Course summary kept as it is (written before the indexation block on export).',
    );
  }
  const indexation = indexationSchema.parse({
    ...(block?.indexation ?? fromFields?.indexation ?? {}),
    vignetteMediaId: overview?.mediaId ?? null,
  });
  const fiche = {
    declaredHours: block?.declaredHours ?? fromFields?.declaredHours ?? 3,
    status: block?.status ?? 'construction',
    version: block?.version ?? fromFields?.version ?? '0.1',
    indexation,
  };
  const parcours = parcoursSchema.parse({
    id,
    title: title || shortName,
    shortName,
    ...fiche,
    moodle: mbzSource.store({
      course: kept,
      files: keptFiles(folder),
      ...(html.trim() === '' ? {} : { summary: { html, files: summaryFiles } }),
      ...(block === null ? { noBlockAsOf: ficheKey(fiche) } : {}),
    }),
  });
  entry.done(
    'mapped',
    block === null
      ? 'Cours repris ; indexation absente de la sauvegarde (à compléter).'
      : 'Cours repris avec sa fiche d’indexation Atelier.',
    block === null
      ? 'Course imported; no indexation in the backup (to be filled in).'
      : 'Course imported with its Atelier indexation block.',
  );
  return parcours;
};
