import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/contract/app-error';
import type { JobResult } from '../../../shared/domain/exchange';
import type { Media } from '../../../shared/domain/media';
import type { ArchiveInput } from '../../formats/archive/archive-input';
import { writeOutputFile } from '../../formats/archive/output-file';
import {
  readPreviewSite,
  reviewPackageHtml,
  type PreviewSite,
} from '../../formats/review/review-package-html';
import type { Repos } from '../db/repos/create-repos';
import type { JobControl, JobRequest } from '../jobs/job-protocol';
import { chunksOf } from '../media/read-media';
import { buildPreviewModel } from '../preview/build-preview-model';
import { projectMediaReader } from './media-reader';
import { readParcoursDocument } from './read-parcours-document';

type ExportRequest = Extract<JobRequest, { kind: 'export' }>;

/** Above this much media, the one-file package would be too heavy: the zip variant is asked. */
export const REVIEW_HTML_MEDIA_LIMIT = 40 * 1024 * 1024;

const MB = 1024 * 1024;

/** The built preview site, or a clear error saying how to build it. */
const builtPreviewSite = async (dir: string | null): Promise<PreviewSite> => {
  try {
    if (dir === null) throw new Error('no preview site folder');
    return await readPreviewSite(dir);
  } catch {
    throw new AppError(
      'internal',
      'Le site d’aperçu n’est pas construit : lancez « npm run build » puis recommencez l’export.',
      'The preview site is not built: run "npm run build", then export again.',
      { dir },
    );
  }
};

/** A medium's bytes whole, as a `data:` URI (the one-file package; media are small there). */
const dataUri = (repos: Repos, media: Media): string => {
  const bytes = Buffer.concat([...chunksOf(repos.media, media.id, 0, media.sizeBytes - 1)]);
  return `data:${media.mime};base64,${bytes.toString('base64')}`;
};

/** A medium's file in the zip variant: `media/<id prefix>-<name>`, safe on every system. */
const mediaFileName = (media: Media): string => {
  const safe = media.name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(-80);
  return `media/${media.id.slice(0, 12)}-${safe || 'fichier'}`;
};

/**
 * Writes the review package of a parcours (`docs/review-package.md`): one HTML file with the
 * preview site, the model and the media as `data:` URIs (`review`), or a zip of that HTML
 * (`parcours.html`) and a `media/` folder it links to (`review-zip`, for large media). The
 * file replaces `path` only once complete.
 */
export const runReviewExport = async (
  request: ExportRequest,
  repos: Repos,
  control: JobControl,
): Promise<Extract<JobResult, { kind: 'export' }>> => {
  control.progress('Lecture du parcours', 'Reading the parcours', 0, null);
  const site = await builtPreviewSite(request.previewSiteDir);
  const document = readParcoursDocument(repos, request.parcoursId);
  const zipped = request.format === 'review-zip';
  const mediaBytes = document.media.reduce((sum, m) => sum + m.sizeBytes, 0);
  if (!zipped && mediaBytes > REVIEW_HTML_MEDIA_LIMIT) {
    throw new AppError(
      'invalid_input',
      `Ce parcours contient ${String(Math.round(mediaBytes / MB))} Mo de médias : trop pour un seul fichier HTML. Exportez le dossier de relecture en zip (--format review-zip).`,
      `This parcours holds ${String(Math.round(mediaBytes / MB))} MB of media: too much for one HTML file. Export the review package as a zip (--format review-zip).`,
      { mediaBytes },
    );
  }
  const uris = new Map<string, string>();
  const model = buildPreviewModel(document, {
    generatedAt: new Date(),
    mediaUrl: (media) => {
      if (zipped) return mediaFileName(media);
      let uri = uris.get(media.id);
      if (uri === undefined) {
        uri = dataUri(repos, media);
        uris.set(media.id, uri);
      }
      return uri;
    },
  });
  control.signal.throwIfAborted();
  const html = reviewPackageHtml(model, site, { mediaFromFiles: zipped });
  control.progress('Écriture du dossier de relecture', 'Writing the review package', 0, null);
  if (!zipped) {
    await writeOutputFile(request.path, async (out) => {
      await new Promise<void>((resolve, reject) => {
        out.write(html, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      out.end();
    });
  } else {
    const { writeZip } = await import('../../formats/archive/write-zip');
    const reader = projectMediaReader(repos.media);
    const used = document.media.filter((m) => Object.hasOwn(model.media, m.id));
    const files: ArchiveInput[] = [
      { path: 'parcours.html', mtime: request.time, size: Buffer.byteLength(html), source: html },
      ...used.map((m) => ({
        path: mediaFileName(m),
        mtime: request.time,
        size: m.sizeBytes,
        source: () => reader.open(m.id),
      })),
    ];
    await writeZip(files, request.path, {
      signal: control.signal,
      totalBytes: files.reduce((sum, f) => sum + ('size' in f ? f.size : 0), 0),
      onProgress: (done, total) => {
        control.progress(
          'Écriture du dossier de relecture',
          'Writing the review package',
          done,
          total,
        );
      },
    });
  }
  const { size } = await stat(request.path);
  return { kind: 'export', path: request.path, bytes: size, report: { entries: [] } };
};
