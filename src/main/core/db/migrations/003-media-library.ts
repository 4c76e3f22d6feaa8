import type { Migration } from './migration';

/**
 * The media library (DESIGN.md §4). `media` holds the metadata of each medium, keyed by the
 * sha256 of its bytes; `media_chunks` holds the bytes in 1 MiB BLOBs, so a 500 MB video is
 * read and written one chunk at a time. Chunks have no foreign key on `media`: a medium
 * deleted (or whose import is undone) keeps its chunks while a journal entry may bring its
 * row back; the core collects chunks that neither a row nor the journal references.
 * `thumbnail` is a small PNG made by the renderer (≤ 300 KB). The journal index serves that
 * collection and any lookup of a row's history.
 */
export const migration003MediaLibrary: Migration = {
  version: 3,
  name: 'media-library',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'pdf', 'other')),
        size INTEGER NOT NULL CHECK (size >= 0),
        width INTEGER CHECK (width IS NULL OR width >= 0),
        height INTEGER CHECK (height IS NULL OR height >= 0),
        alt TEXT NOT NULL DEFAULT '',
        decorative INTEGER NOT NULL DEFAULT 0 CHECK (decorative IN (0, 1)),
        captions_media_id TEXT,
        thumbnail BLOB CHECK (thumbnail IS NULL OR length(thumbnail) <= 307200),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE media_chunks (
        media_id TEXT NOT NULL,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        data BLOB NOT NULL CHECK (length(data) <= 1048576),
        PRIMARY KEY (media_id, idx)
      ) STRICT;
      CREATE INDEX journal_rows_by_row ON journal_rows(tbl, row_id);
    `);
  },
};
