import { stat } from 'node:fs/promises';
import type { ExchangeReportEntry, JobResult } from '../../../shared/domain/exchange';
import type { ArchiveInput } from '../../formats/archive/archive-input';
import { createRepos } from '../db/repos/create-repos';
import { openReadConnection } from '../db/open-read-connection';
import type { JobControl, JobRequest } from '../jobs/job-protocol';
import { mediaSha1, projectMediaReader } from './media-reader';
import { readParcoursDocument } from './read-parcours-document';

type ExportRequest = Extract<JobRequest, { kind: 'export' }>;

/**
 * Writes a parcours from the project file (read through this worker's own read-only
 * connection) as a Moodle backup or a parcours folder. The archive writer adds the folder
 * entries Moodle lists and replaces `path` only once the archive is complete.
 */
export const runExport = async (
  request: ExportRequest,
  control: JobControl,
): Promise<Extract<JobResult, { kind: 'export' }>> => {
  const db = openReadConnection(request.projectPath, request.nativeBinding);
  try {
    const repos = createRepos(db);
    control.progress('Lecture du parcours', 'Reading the parcours', 0, null);
    if (request.format === 'review' || request.format === 'review-zip') {
      const { runReviewExport } = await import('./run-review-export');
      return await runReviewExport(request, repos, control);
    }
    const document = readParcoursDocument(repos, request.parcoursId);
    const reader = projectMediaReader(repos.media);
    const mediaBytes = document.media.reduce((sum, m) => sum + m.sizeBytes, 0);
    if (request.format === 'folder') {
      const { writeParcoursFolder } = await import('../../formats/folder/write-parcours-folder');
      await writeParcoursFolder(document, reader, request.path, {
        signal: control.signal,
        onProgress: (done, total) => {
          control.progress('Écriture du dossier', 'Writing the folder', done, total);
        },
      });
      return { kind: 'export', path: request.path, bytes: mediaBytes, report: { entries: [] } };
    }
    const [{ buildMbz }, { ALL_CODECS }, { writeTarGz }, { writeZip }] = await Promise.all([
      import('../../formats/mbz/write-mbz'),
      import('../../formats/mbz/modules/all-codecs'),
      import('../../formats/archive/write-tar-gz'),
      import('../../formats/archive/write-zip'),
    ]);
    const sha1 = new Map<string, string>();
    let hashed = 0;
    for (const media of document.media) {
      control.signal.throwIfAborted();
      sha1.set(media.id, mediaSha1(repos.media, media.id));
      hashed += media.sizeBytes;
      control.progress('Préparation des médias', 'Preparing the media', hashed, mediaBytes);
    }
    const built = buildMbz(document, {
      target: request.moodle,
      codecs: ALL_CODECS,
      time: request.time,
      sha1Of: (id) => {
        const found = sha1.get(id);
        if (found === undefined) throw new Error(`medium ${id} was not hashed`);
        return found;
      },
    });
    const sizes = new Map(document.media.map((m) => [m.id, m.sizeBytes]));
    const files: ArchiveInput[] = [
      ...built.entries.map((e) => ({
        path: e.path,
        mtime: request.time,
        size: Buffer.byteLength(e.content),
        source: e.content,
      })),
      ...built.blobs.map((b) => ({
        path: b.path,
        mtime: request.time,
        size: sizes.get(b.mediaId) ?? 0,
        source: () => reader.open(b.mediaId),
      })),
    ];
    const totalBytes = files.reduce((sum, f) => sum + ('size' in f ? f.size : 0), 0);
    const write = request.zip ? writeZip : writeTarGz;
    await write(files, request.path, {
      signal: control.signal,
      totalBytes,
      onProgress: (done, total) => {
        control.progress('Écriture de la sauvegarde', 'Writing the backup', done, total);
      },
    });
    const entries: ExchangeReportEntry[] = built.warnings.map((w) => ({
      status: 'info',
      item: w.where,
      message: w.messageFr,
      messageEn: w.messageEn,
    }));
    return {
      kind: 'export',
      path: request.path,
      bytes: (await stat(request.path)).size,
      report: { entries },
    };
  } finally {
    db.close();
  }
};
