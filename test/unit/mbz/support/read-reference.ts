import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ModuleCodecs } from '../../../../src/main/formats/mbz/mbz-module';
import { readMbz, type MbzRead } from '../../../../src/main/formats/mbz/read-mbz';
import { buildMbz, type MbzBuild } from '../../../../src/main/formats/mbz/write-mbz';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';
import type { ParcoursDocument } from '../../../../src/main/formats/parcours-document';

/** The lab's reference backups (README §1, §13). */
export const REFERENCE = '/work/shared/reference/moodle';
export const REF_45 = `${REFERENCE}/unpacked-ref-parcours-4.5-course-nousers`;
export const REF_41 = `${REFERENCE}/unpacked-ref-parcours-4.1-course-nousers`;
export const REF_USERS = `${REFERENCE}/unpacked-ref-parcours-4.5-course-default`;

const digest = (algorithm: string, path: string): string =>
  createHash(algorithm).update(readFileSync(path)).digest('hex');

/** Reads a backup folder with ids `id-1`, `id-2`… in reading order. */
export const readReference = async (dir: string, codecs: ModuleCodecs): Promise<MbzRead> => {
  let n = 0;
  return readMbz(dir, { codecs, newId: () => `id-${++n}`, hashFile: (p) => digest('sha256', p) });
};

/** Writes a document read from a backup (SHA-1s of its staged media). */
export const writeRead = (read: MbzRead, codecs: ModuleCodecs, target: MoodleTarget): MbzBuild => {
  const sha1 = new Map(read.stagedMedia.map((s) => [s.media.id, digest('sha1', s.path)]));
  return write(read.document, codecs, target, (id) => sha1.get(id) ?? '0'.repeat(40));
};

/** Writes a document at a fixed date. */
export const write = (
  doc: ParcoursDocument,
  codecs: ModuleCodecs,
  target: MoodleTarget,
  sha1Of: (mediaId: string) => string,
): MbzBuild => buildMbz(doc, { target, codecs, time: 1_800_000_000, sha1Of });
