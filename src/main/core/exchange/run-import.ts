import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/contract/app-error';
import type { ExchangeReportEntry } from '../../../shared/domain/exchange';
import { extractArchive } from '../../formats/archive/extract-archive';
import { hashFile } from '../../formats/folder/hash-file';
import type { MbzReadReport } from '../../formats/mbz/mbz-report';
import type { ImportPayload, JobControl, JobRequest } from '../jobs/job-protocol';

type ImportRequest = Extract<JobRequest, { kind: 'import' }>;

const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

const OUTCOME = { mapped: 'mapped', opaque: 'kept', refused: 'refused' } as const;

/** A backup's report as the contract's entries: one per item, its notes joined to its reason. */
const mbzEntries = (report: MbzReadReport): ExchangeReportEntry[] =>
  report.items.map((item) => ({
    status: OUTCOME[item.outcome],
    item: item.title === '' ? item.path : `${item.title} (${item.path})`,
    message: [item.reason.fr, ...item.notes.map((n) => n.fr)].join(' '),
    messageEn: [item.reason.en, ...item.notes.map((n) => n.en)].join(' '),
  }));

const notAParcours = (path: string): AppError =>
  new AppError(
    'invalid_file',
    `« ${path} » n’est ni une sauvegarde Moodle ni un dossier de parcours : choisissez un fichier .mbz ou un dossier exporté par Atelier.`,
    `"${path}" is neither a Moodle backup nor a parcours folder: choose a .mbz file or a folder Atelier exported.`,
    { path },
  );

/**
 * Reads a Moodle backup (an archive, extracted safely into the job's staging folder, or an
 * already extracted backup folder) or a parcours folder into a document and staged media. The
 * project is not touched here: the core's thread writes the payload.
 */
export const runImport = async (
  request: ImportRequest,
  control: JobControl,
): Promise<ImportPayload> => {
  const info = await stat(request.path);
  let backupDir = request.path;
  // The extraction hashed every file it wrote: blobs need not be read a second time.
  const extractedHashes = new Map<string, string>();
  if (info.isDirectory()) {
    if (await exists(join(request.path, '.atelier-folder'))) {
      control.progress('Lecture du dossier', 'Reading the folder', 0, null);
      const { readParcoursFolder } = await import('../../formats/folder/read-parcours-folder');
      const read = await readParcoursFolder(request.path, {
        signal: control.signal,
        stagingDir: join(request.stagingDir, 'media'),
        onProgress: (done, total) => {
          control.progress('Lecture du dossier', 'Reading the folder', done, total);
        },
      });
      const report: ExchangeReportEntry[] = read.report.ignored.map((path) => ({
        status: 'info',
        item: path,
        message: 'Fichier étranger au format de dossier : ignoré.',
        messageEn: 'A file that is not part of the folder format: ignored.',
      }));
      return { document: read.document, stagedMedia: read.stagedMedia, report };
    }
    if (!(await exists(join(request.path, 'moodle_backup.xml')))) throw notAParcours(request.path);
  } else {
    backupDir = resolve(request.stagingDir, 'backup');
    const extracted = await extractArchive(request.path, backupDir, {
      signal: control.signal,
      // Moodle's file pool (files/<2 hex>/<sha1>) holds every medium's bytes: the core stores
      // them while the rest of the archive is inflated and read.
      onFile: (file) => {
        if (!file.path.startsWith('files/')) return;
        control.offerBlob?.({
          path: resolve(backupDir, ...file.path.split('/')),
          sha256: file.sha256,
          sizeBytes: file.size,
        });
      },
      onProgress: (done, total) => {
        control.progress('Extraction de la sauvegarde', 'Extracting the backup', done, total);
      },
    });
    for (const file of extracted.files)
      extractedHashes.set(resolve(backupDir, ...file.path.split('/')), file.sha256);
  }
  control.signal.throwIfAborted();
  control.progress('Lecture de la sauvegarde', 'Reading the backup', 0, null);
  const [{ readMbz }, { ALL_CODECS }] = await Promise.all([
    import('../../formats/mbz/read-mbz'),
    import('../../formats/mbz/modules/all-codecs'),
  ]);
  const read = await readMbz(backupDir, {
    codecs: ALL_CODECS,
    newId: randomUUID,
    hashFile: async (path) =>
      extractedHashes.get(path) ?? (await hashFile(path, { signal: control.signal })).sha256,
  });
  return {
    document: read.document,
    stagedMedia: read.stagedMedia,
    report: mbzEntries(read.report),
  };
};
