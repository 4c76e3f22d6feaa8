import type { Activity } from '../../../shared/domain/activity';
import type { Section } from '../../../shared/domain/section';
import type { ParcoursDocument, StagedMedia } from '../parcours-document';
import { MbzFolder } from './mbz-folder';
import { MbzMediaRegistry } from './mbz-media-registry';
import type { ModuleCodec, ModuleCodecs } from './mbz-module';
import { MbzReportBuilder, type MbzReadReport } from './mbz-report';
import { mbz } from './mbz-tree';
import { MoodleHtmlReader } from './moodle-html-read';
import { readActivity } from './read-activity';
import { readBank } from './read-bank';
import { readCourse } from './read-course';
import { readManifest, type ManifestActivity } from './read-manifest';
import { readSection } from './read-section';
import { reportUnimported } from './read-unimported';
import { readRoles } from './read-roles';
import { outlineOf } from './read-outline';

/** How a backup folder is read. */
export interface ReadMbzOptions {
  codecs: ModuleCodecs;
  /** A new entity id (parcours, sections, activities, questions…). */
  newId: () => string;
  /** The sha256 (hex) of a file's bytes: the id of the medium it becomes. */
  hashFile: (path: string) => Promise<string> | string;
}

/** A backup read: the parcours, the media it uses (their bytes staged in the backup's
 * folder), and the report of what was mapped, kept opaque or refused. */
export interface MbzRead {
  document: ParcoursDocument;
  stagedMedia: StagedMedia[];
  report: MbzReadReport;
}

const USER_DATA_NOTE = {
  fr: 'La sauvegarde contient des données des utilisateurs (inscriptions, messages, entrées, pages de wiki, tentatives…) : elles ne sont pas importées.',
  en: 'The backup holds user data (enrolments, posts, entries, wiki pages, attempts…): it is not imported.',
};

/**
 * A course backup already extracted in `dir` (Moodle 2.6 to 4.5, users=0 or 1) → a parcours
 * document. Only files inside `dir` are read; every XML file is parsed with DOCTYPE refused.
 * Activity and section backups, and a backup inside a top-level folder, are refused
 * (`MbzReadError`, French and English).
 */
export const readMbz = async (dir: string, options: ReadMbzOptions): Promise<MbzRead> => {
  const folder = new MbzFolder(dir);
  const manifest = readManifest(folder);
  const registry = await MbzMediaRegistry.load(folder, options.hashFile);
  const report = new MbzReportBuilder();
  const backup = report.item('backup', 'moodle_backup.xml', manifest.release);
  if (manifest.users) backup.note(USER_DATA_NOTE.fr, USER_DATA_NOTE.en);
  const parcours = readCourse(folder, registry, report, options.newId());
  reportUnimported(folder, report);
  const courseContextId = Number(
    mbz.attr(folder.requireXml('course/course.xml', 'course'), 'contextid'),
  );
  const bank = readBank(folder, registry, report, options.newId);
  const roleOf = readRoles(folder);
  const outline = outlineOf(folder, manifest, report);
  const activityIds = new Map<number, string>();
  for (const s of outline) for (const a of s.activities) activityIds.set(a.cmid, options.newId());
  const activityOfCm = (cmid: number): string | undefined => activityIds.get(cmid);
  const reader = new MoodleHtmlReader();
  try {
    const sections = outline.map(({ manifest: ms, node, activities }) => {
      const section: Section = readSection({
        node,
        courseContextId,
        registry,
        reader,
        entry: report.item('section', ms.directory, ms.title),
        activityOfCm,
        id: options.newId(),
      });
      const read = activities.flatMap((a: ManifestActivity): Activity[] => {
        const activity = readActivity({
          folder,
          directory: a.directory,
          moduleName: a.moduleName,
          id: activityIds.get(a.cmid) ?? options.newId(),
          sectionHidden: mbz.int(node, 'visible', 1) === 0,
          codecs: options.codecs as readonly ModuleCodec[],
          registry,
          reader,
          entry: report.item('activity', a.directory, a.title),
          roleOf,
          activityOfCm,
          bank: bank.context,
          newId: options.newId,
        });
        return activity === null ? [] : [activity];
      });
      return { section, activities: read };
    });
    backup.done(
      'mapped',
      `Sauvegarde ${manifest.release || manifest.moodleVersion} lue.`,
      `Backup ${manifest.release || manifest.moodleVersion} read.`,
    );
    const body = { parcours, sections, bank: bank.document };
    const stagedMedia = registry.mediaIn(JSON.stringify(body));
    return {
      document: { ...body, media: stagedMedia.map((s) => s.media) },
      stagedMedia,
      report: {
        source: {
          release: manifest.release,
          moodleVersion: manifest.moodleVersion,
          users: manifest.users,
        },
        items: report.items,
      },
    };
  } finally {
    reader.close();
  }
};
