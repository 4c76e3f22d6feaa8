import { createHash } from 'node:crypto';
import type { ParcoursDocument } from '../parcours-document';
import { MbzFiles } from './mbz-files';
import { MbzIds } from './mbz-ids';
import type { ModuleCodec, ModuleCodecs } from './mbz-module';
import { planMbz } from './mbz-plan';
import { mbzSource } from './mbz-source';
import type { MbzEntry, MbzWriteState, MbzWriteWarning } from './mbz-write-state';
import type { MoodleTarget } from './moodle-target';
import { RoleRegistry } from './role-registry';
import { writeActivity } from './write-activity';
import { writeBank } from './write-bank';
import { writeCourse } from './write-course';
import { writeManifest } from './write-manifest';
import { writeRootFiles } from './write-root-files';
import { writeSection } from './write-section';

/** How a backup is written. */
export interface BuildMbzOptions {
  target: MoodleTarget;
  codecs: ModuleCodecs;
  /** The backup's date (unix seconds), used for every time field. */
  time: number;
  /** The SHA-1 of a medium's bytes (the blob's name under `files/`). */
  sha1Of: (mediaId: string) => string;
  /** 32 hex; default: derived from the parcours id and `time`. */
  backupId?: string;
  /** `original_site_identifier_hash`, 32 hex; default: Atelier's own constant. */
  siteHash?: string;
}

/** A written backup: its files in archive order, the media to store as blobs, and warnings. */
export interface MbzBuild {
  entries: MbzEntry[];
  /** `files/<xx>/<sha1>` → the medium holding those bytes, sorted by path. */
  blobs: { path: string; mediaId: string }[];
  warnings: MbzWriteWarning[];
}

/** Atelier's `original_site_identifier_hash`: no Moodle site has it, so restore never
 * mistakes the backup for one of its own. */
export const ATELIER_SITE_HASH = '4174656c6965722d6d627a2d73697465';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/**
 * A parcours → the files of a Moodle course backup without user data (README §3), for the
 * archive writer. Deterministic: ids are allocated in outline order and every time is `time`,
 * so the same document and options give the same bytes.
 */
export const buildMbz = (doc: ParcoursDocument, options: BuildMbzOptions): MbzBuild => {
  const ids = new MbzIds();
  // Each codec is only ever given activities of its own type (planMbz pairs them by type).
  const plan = planMbz(doc, options.codecs as readonly ModuleCodec[], ids);
  const mediaById = new Map(doc.media.map((m) => [m.id, m]));
  const warnings: MbzWriteWarning[] = [];
  const state: MbzWriteState = {
    target: options.target,
    time: options.time,
    ids,
    files: new MbzFiles((id) => {
      const media = mediaById.get(id);
      if (media === undefined) throw new Error(`medium ${id} is not in the document`);
      return { media, sha1: options.sha1Of(id) };
    }),
    roles: new RoleRegistry(),
    plan,
    gradeCategoryId: 1,
    media: (id) => mediaById.get(id),
    bank: {
      entryIdOf: () => undefined,
      categoryIdOf: () => undefined,
      contextIdOfCategory: () => undefined,
    },
    categoriesInContext: () => [],
    withParentCategories: (list) => [...list],
    warn: (where, messageFr, messageEn) => warnings.push({ where, messageFr, messageEn }),
  };
  for (const activity of plan.skipped) {
    state.warn(
      activity.title,
      `Type d'activité « ${activity.type} » sans module Moodle : non exportée.`,
      `Activity type "${activity.type}" has no Moodle module: not exported.`,
    );
  }
  const bank = writeBank(doc, state);
  const course = writeCourse(doc.parcours, state, bank.courseCategoryIds);
  const structure = plan.sections.flatMap((s) => [
    ...writeSection(s, state),
    ...s.activities.flatMap((a) => writeActivity(a, s, state)),
  ]);
  const root = writeRootFiles(state, bank.tree);
  const stored = mbzSource.parcours(doc.parcours.moodle).course ?? {};
  const date = (name: string, fallback: number): number => {
    const value = Number(stored[name]);
    return Number.isInteger(value) ? value : fallback;
  };
  const safeName = doc.parcours.shortName.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  const manifest = writeManifest({
    parcours: doc.parcours,
    plan,
    target: options.target,
    time: options.time,
    fileName: `${safeName}.mbz`,
    backupId: options.backupId ?? md5(`${doc.parcours.id}:${options.time}`),
    siteHash: options.siteHash ?? ATELIER_SITE_HASH,
    format: typeof stored['format'] === 'string' ? stored['format'] : 'topics',
    startDate: date('startdate', options.time),
    endDate: date('enddate', 0),
  });
  const blobs = [...state.files.blobs()]
    .map(([sha1, mediaId]) => ({ path: `files/${sha1.slice(0, 2)}/${sha1}`, mediaId }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: [manifest, ...root, ...course, ...structure], blobs, warnings };
};
