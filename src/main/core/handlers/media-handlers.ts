import type { Media } from '../../../shared/domain/media';
import { mediaErrors } from '../media/media-errors';
import { stageLocalFile } from '../media/import-local-file';
import { scanMediaUsage } from '../media/scan-media-usage';
import { storeStagedMedia } from '../media/store-staged-media';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import type { HandlerGroup } from './handler-types';

const THUMBNAIL_MAX_BYTES = 300 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const requireMedia = (session: ProjectSession, id: string): Media => {
  const media = session.repos.media.get(id);
  if (!media) throw projectErrors.notFound('media', id);
  return media;
};

const decodeBase64 = (text: string): Buffer => {
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw mediaErrors.badBase64();
  return Buffer.from(text, 'base64');
};

const checkCaptions = (session: ProjectSession, media: Media): void => {
  if (media.captionsMediaId === null) return;
  if (media.kind !== 'video' && media.kind !== 'audio') {
    throw mediaErrors.badCaptions(
      'seuls une vidéo ou un son ont des sous-titres',
      'only a video or an audio medium has captions',
    );
  }
  if (media.captionsMediaId === media.id) {
    throw mediaErrors.badCaptions(
      'un média ne sous-titre pas lui-même',
      'a medium cannot caption itself',
    );
  }
  requireMedia(session, media.captionsMediaId);
};

/** The places a medium is used, in words, for the delete refusal. */
const placesOf = (session: ProjectSession, id: string): string[] => {
  const usage = scanMediaUsage(session.repos.media.referenceRows()).get(id) ?? [];
  const places = usage.map((u) =>
    u.entity === 'indexation'
      ? `indexation du parcours « ${u.parcoursTitle} »`
      : `${u.entity === 'section' ? 'section' : 'activité'} « ${u.entityTitle} » du parcours « ${u.parcoursTitle} »`,
  );
  for (const media of session.repos.media.captionedBy(id)) {
    places.push(`sous-titres de « ${media.name} »`);
  }
  return places;
};

/**
 * The media library (DESIGN.md §4, ADR 0004). Imports and metadata edits are undo steps;
 * the bytes stay in `media_chunks`, outside the journal, while a row or a journal entry
 * references them. Thumbnails are derived data: written without an undo step.
 */
export const mediaHandlers = {
  'media.list': (_input, { workspace }) => {
    const session = workspace.require();
    const usage = scanMediaUsage(session.repos.media.referenceRows());
    return session.repos.media
      .list()
      .map((media) => ({ ...media, usage: usage.get(media.id) ?? [] }));
  },
  'media.uploadBegin': (input, { workspace, uploads }) => ({
    uploadId: uploads.begin(workspace.require().path, input),
  }),
  'media.uploadChunk': (input, { workspace, uploads }) => ({
    receivedBytes: uploads.appendChunk(
      workspace.require().path,
      input.uploadId,
      input.index,
      decodeBase64(input.dataBase64),
    ),
  }),
  'media.uploadFinish': (input, { workspace, uploads, now }) => {
    const session = workspace.require();
    const staged = uploads.finish(session.path, input.uploadId);
    return storeStagedMedia(session, staged, input, now());
  },
  'media.uploadCancel': (input, { uploads }) => {
    uploads.cancel(input.uploadId);
    return null;
  },
  'media.importFile': async (input, { workspace, uploads, now }) => {
    const session = workspace.require();
    const staged = await stageLocalFile(uploads, session.path, input.path);
    // The project may have changed while the file streamed in.
    if (workspace.current() !== session) {
      staged.discard();
      throw projectErrors.noProject();
    }
    return storeStagedMedia(session, staged, input, now());
  },
  'media.update': (input, { workspace }) => {
    const session = workspace.require();
    const current = requireMedia(session, input.id);
    const next: Media = { ...current, ...input.patch };
    next.author = next.author.trim();
    if (next.decorative) next.alt = '';
    if (next.kind === 'image' && !next.decorative && next.alt.trim() === '') {
      throw mediaErrors.altRequired();
    }
    checkCaptions(session, next);
    const keys = Object.keys(input.patch).sort();
    session.edit(
      { label: 'Modifier le média', coalesceKey: `media:${input.id}:${keys.join(',')}` },
      (uow) => {
        uow.put('media', session.repos.media.toRow(next));
      },
    );
    return next;
  },
  'media.setThumbnail': (input, { workspace }) => {
    const session = workspace.require();
    const media = requireMedia(session, input.id);
    const png = decodeBase64(input.pngBase64);
    if (png.length > THUMBNAIL_MAX_BYTES || png.length < 8 || png.readUInt32BE(0) !== 0x89504e47) {
      throw mediaErrors.badThumbnail();
    }
    session.writeUntracked(() => {
      session.repos.media.setThumbnail(input.id, png);
    });
    return { ...media, hasThumbnail: true };
  },
  'media.delete': (input, { workspace }) => {
    const session = workspace.require();
    const media = requireMedia(session, input.id);
    const places = placesOf(session, input.id);
    if (places.length > 0) throw mediaErrors.inUse(input.id, places);
    session.edit({ label: `Supprimer le média « ${media.name} »` }, (uow) => {
      uow.remove('media', input.id);
    });
    return null;
  },
} satisfies HandlerGroup<'media'>;
