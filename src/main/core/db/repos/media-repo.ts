import type { Media } from '../../../../shared/domain/media';
import type { Row } from './row-store';
import type { StatementCache } from './statement-cache';

/** The text rows that may reference media, for the usage scan (see `scanMediaUsage`). */
export interface MediaReferenceRows {
  activities: { id: string; title: string; parcoursId: string; data: string }[];
  sections: { id: string; parcoursId: string; data: string }[];
  parcours: { id: string; title: string; data: string }[];
  questions: { id: string; name: string; parcoursId: string; data: string }[];
}

/**
 * The media tables (migration 003). Metadata rows are written through the unit of work
 * with `toRow` (journaled); chunks and thumbnails are written here directly, outside the
 * journal: bytes never enter it.
 */
export interface MediaRepo {
  get(id: string): Media | null;
  list(): Media[];
  toRow(media: Media): Row;
  /** True when every chunk of a `size`-byte medium is stored (a re-import of known bytes). */
  hasChunks(id: string, size: number, chunkBytes: number): boolean;
  deleteChunks(id: string): void;
  putChunk(id: string, index: number, data: Buffer): void;
  readChunk(id: string, index: number): Buffer | null;
  thumbnail(id: string): Buffer | null;
  setThumbnail(id: string, png: Buffer | null): void;
  referenceRows(): MediaReferenceRows;
  /** Media rows whose captions are `id`, for the delete check. */
  captionedBy(id: string): Media[];
  /**
   * Deletes chunks that neither a media row nor a journal row references: the rule that
   * keeps undo of a delete (or of an import) able to bring the bytes back. With `ids`, only
   * among those media ids.
   */
  collectGarbage(ids?: readonly string[]): number;
}

interface MediaRow {
  id: string;
  name: string;
  mime: string;
  kind: Media['kind'];
  size: number;
  width: number | null;
  height: number | null;
  alt: string;
  decorative: number;
  captions_media_id: string | null;
  created_at: string;
  has_thumbnail: number;
  author: string;
  licence: string;
}

const COLUMNS = `id, name, mime, kind, size, width, height, alt, decorative, captions_media_id,
  created_at, thumbnail IS NOT NULL AS has_thumbnail, author, licence`;

/** Rows that may hold a medium's id: every key ends in "MediaId" (mediaId, vignetteMediaId…). */
const MAY_REFERENCE = `LIKE '%MediaId":"%'`;

const fromRow = (row: MediaRow): Media => ({
  id: row.id,
  name: row.name,
  mime: row.mime,
  kind: row.kind,
  sizeBytes: row.size,
  width: row.width,
  height: row.height,
  alt: row.alt,
  decorative: row.decorative === 1,
  captionsMediaId: row.captions_media_id,
  hasThumbnail: row.has_thumbnail === 1,
  createdAt: row.created_at,
  author: row.author,
  licence: row.licence,
});

export const createMediaRepo = (cache: StatementCache): MediaRepo => ({
  get(id) {
    const row = cache.get(`SELECT ${COLUMNS} FROM media WHERE id = ?`).get(id) as
      MediaRow | undefined;
    return row ? fromRow(row) : null;
  },
  list: () =>
    (
      cache.get(`SELECT ${COLUMNS} FROM media ORDER BY created_at DESC, name`).all() as MediaRow[]
    ).map(fromRow),
  toRow: (media) => ({
    id: media.id,
    name: media.name,
    mime: media.mime,
    kind: media.kind,
    size: media.sizeBytes,
    width: media.width,
    height: media.height,
    alt: media.alt,
    decorative: media.decorative ? 1 : 0,
    captions_media_id: media.captionsMediaId,
    created_at: media.createdAt,
    author: media.author,
    licence: media.licence,
  }),
  hasChunks(id, size, chunkBytes) {
    const expected = Math.ceil(size / chunkBytes);
    const row = cache
      .get(
        'SELECT COUNT(*) AS n, COALESCE(SUM(length(data)), 0) AS bytes FROM media_chunks WHERE media_id = ?',
      )
      .get(id) as { n: number; bytes: number };
    return row.n === expected && row.bytes === size;
  },
  deleteChunks(id) {
    cache.get('DELETE FROM media_chunks WHERE media_id = ?').run(id);
  },
  putChunk(id, index, data) {
    cache
      .get('INSERT INTO media_chunks (media_id, idx, data) VALUES (?, ?, ?)')
      .run(id, index, data);
  },
  readChunk: (id, index) =>
    (
      cache.get('SELECT data FROM media_chunks WHERE media_id = ? AND idx = ?').get(id, index) as
        { data: Buffer } | undefined
    )?.data ?? null,
  thumbnail: (id) =>
    (
      cache.get('SELECT thumbnail FROM media WHERE id = ?').get(id) as
        { thumbnail: Buffer | null } | undefined
    )?.thumbnail ?? null,
  setThumbnail(id, png) {
    cache.get('UPDATE media SET thumbnail = ? WHERE id = ?').run(png, id);
  },
  referenceRows: () => ({
    activities: cache
      .get(
        `SELECT a.id AS id, a.title AS title, s.parcours_id AS parcoursId, a.data AS data
         FROM activities a JOIN sections s ON s.id = a.section_id WHERE a.data ${MAY_REFERENCE}`,
      )
      .all() as MediaReferenceRows['activities'],
    sections: cache
      .get(`SELECT id, parcours_id AS parcoursId, data FROM sections WHERE data ${MAY_REFERENCE}`)
      .all() as MediaReferenceRows['sections'],
    parcours: cache
      .get(`SELECT id, title, data FROM parcours`)
      .all() as MediaReferenceRows['parcours'],
    // Question texts keep their images as `files: [{ name, path, mediaId }]`.
    questions: cache
      .get(
        `SELECT id, name, parcours_id AS parcoursId, data FROM questions WHERE data ${MAY_REFERENCE}`,
      )
      .all() as MediaReferenceRows['questions'],
  }),
  captionedBy: (id) =>
    (
      cache.get(`SELECT ${COLUMNS} FROM media WHERE captions_media_id = ?`).all(id) as MediaRow[]
    ).map(fromRow),
  collectGarbage: (ids) => {
    if (ids === undefined)
      return cache
        .get(
          `DELETE FROM media_chunks WHERE media_id IN (
             SELECT DISTINCT media_id FROM media_chunks
             EXCEPT SELECT id FROM media
             EXCEPT SELECT row_id FROM journal_rows WHERE tbl = 'media')`,
        )
        .run().changes;
    const one = cache.get(
      `DELETE FROM media_chunks WHERE media_id = @id
         AND NOT EXISTS (SELECT 1 FROM media WHERE id = @id)
         AND NOT EXISTS (SELECT 1 FROM journal_rows WHERE tbl = 'media' AND row_id = @id)`,
    );
    return ids.reduce((changes, id) => changes + one.run({ id }).changes, 0);
  },
});
