import type { Parcours } from '../../../shared/domain/parcours';
import type { XmlNode } from '../moodle-xml/xml-node';
import { customFieldsXml, CUSTOM_FIELDS } from './course-custom-fields';
import { ficheKey, indexationBlockHtml } from './course-indexation';
import type { MbzXmlFile } from './mbz-module';
import { courseShells } from './mbz-shells';
import { mbzSource } from './mbz-source';
import { mbz } from './mbz-tree';
import { inforefFile, xmlEntry, type MbzEntry, type MbzWriteState } from './mbz-write-state';
import { forTarget, moodleDefaults } from './moodle-defaults';

/** Fields `course.xml` gets from the parcours, never from the source. */
const MAPPED = ['shortname', 'fullname', 'idnumber', 'summary', 'summaryformat', 'customfields'];

/**
 * The course `idnumber`: the imported one when the source had one, else `atelier-<parcours
 * id>`, which renaming the parcours or its short name never changes (publishing finds the
 * course by it, DESIGN §7).
 */
export const courseIdnumber = (parcours: Parcours): string => {
  const stored = mbzSource.parcours(parcours.moodle).course?.['idnumber'];
  return typeof stored === 'string' && stored !== '' ? stored : `atelier-${parcours.id}`;
};

const ficheOf = ({ indexation, declaredHours, version, status }: Parcours) => ({
  declaredHours,
  version,
  status,
  indexation,
});

/**
 * Whether the parcours is a course imported without Atelier's fiche whose indexation nobody
 * has filled since: its course is then written as it came, with no fiche in the summary and no
 * Atelier custom fields (the defaults, a 3 h duration and version 0.1, are not the course's).
 */
const ficheUntouched = (parcours: Parcours): boolean => {
  const asOf = mbzSource.parcours(parcours.moodle).noBlockAsOf;
  return asOf !== undefined && asOf === ficheKey(ficheOf(parcours));
};

const summaryOf = (parcours: Parcours, state: MbzWriteState, contextId: number): string => {
  const source = mbzSource.parcours(parcours.moodle).summary;
  const area = { contextId, component: 'course', fileArea: 'summary', itemId: 0 };
  for (const f of source?.files ?? []) {
    if (state.media(f.mediaId) === undefined) continue;
    // Without credits of its own, the file carries the medium's (MbzFiles.add).
    state.files.add(area, f.mediaId, f.fileName, f.filePath, {
      ...(f.author === undefined ? {} : { author: f.author }),
      ...(f.license === undefined ? {} : { license: f.license }),
    });
  }
  return (
    (source?.html ?? '') + (ficheUntouched(parcours) ? '' : indexationBlockHtml(ficheOf(parcours)))
  );
};

/** The custom fields an imported course had; Atelier's own are left out when `regenerated`. */
const keptCustomFields = (stored: XmlNode | undefined, regenerated: boolean): XmlNode[] =>
  mbz
    .list(mbz.child(stored ?? {}, 'customfields'), 'customfield')
    .filter((f) => !regenerated || !(mbz.str(f, 'shortname') in CUSTOM_FIELDS));

/**
 * `course/`: `course.xml` (names, idnumber, summary with the indexation block, completion on,
 * custom fields, the source's other fields or Moodle's defaults), its `inforef.xml` (the
 * student role of the enrolments, the summary and vignette files, the course's question
 * categories) and the other course files (the source's, else empty or default ones).
 */
export const writeCourse = (
  parcours: Parcours,
  state: MbzWriteState,
  questionCategoryIds: readonly number[],
): MbzEntry[] => {
  const { courseId, courseContextId } = state.plan;
  const source = mbzSource.parcours(parcours.moodle);
  const stored = Object.fromEntries(
    Object.entries(source.course ?? {}).filter(([k]) => !MAPPED.includes(k) && !k.startsWith('@_')),
  );
  const summary = summaryOf(parcours, state, courseContextId);
  const vignette = parcours.indexation.vignetteMediaId;
  if (vignette !== null && state.media(vignette) !== undefined) {
    state.files.add(
      { contextId: courseContextId, component: 'course', fileArea: 'overviewfiles', itemId: 0 },
      vignette,
    );
  }
  const base = { ...moodleDefaults.course(state.time, state.target), ...stored };
  const format = typeof base['format'] === 'string' ? base['format'] : 'topics';
  const untouched = ficheUntouched(parcours);
  const kept = keptCustomFields(source.course, !untouched);
  const fields = [
    ...kept.map((f, i) => ({ ...f, '@_id': i + 1 })),
    ...(untouched ? [] : customFieldsXml(parcours, state.target, kept.length + 1)),
  ];
  // Custom fields go before the format options, as Moodle writes them, also when the source
  // (an imported course, whose custom fields are not kept) lists the format options already.
  const { courseformatoptions, ...rest } = base;
  const course: XmlNode = {
    '@_id': courseId,
    '@_contextid': courseContextId,
    shortname: parcours.shortName,
    fullname: parcours.title,
    idnumber: courseIdnumber(parcours),
    summary,
    summaryformat: 1,
    ...rest,
    timecreated: state.time,
    timemodified: state.time,
    enablecompletion: 1,
    customfields: fields.length === 0 ? {} : { customfield: fields },
    courseformatoptions: courseformatoptions ?? {
      courseformatoption: moodleDefaults.formatOptions(format),
    },
  };
  const studentRole = state.roles.use('student');
  const fileIds = state.files
    .records()
    .filter((r) => r.contextId === courseContextId && r.component === 'course')
    .filter((r) => r.fileArea === 'summary' || r.fileArea === 'overviewfiles')
    .map((r) => r.id);
  const files = new Map<string, MbzXmlFile>();
  for (const f of courseShells()) files.set(f.name, f);
  files.set('enrolments.xml', {
    name: 'enrolments.xml',
    root: 'enrolments',
    tree: { enrols: { enrol: moodleDefaults.enrolments(state.time, state.target) } },
  });
  for (const f of source.files ?? []) files.set(f.name, f);
  return [
    xmlEntry('course', {
      name: 'course.xml',
      root: 'course',
      tree: forTarget(course, 'course', state.target),
    }),
    xmlEntry(
      'course',
      inforefFile({
        roles: [studentRole],
        files: fileIds,
        questionCategories: questionCategoryIds,
      }),
    ),
    ...[...files.values()].map((f) => xmlEntry('course', f)),
  ];
};
