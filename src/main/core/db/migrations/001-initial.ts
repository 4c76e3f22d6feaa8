import type { Migration } from './migration';

/**
 * The first released schema: project metadata and the parcours → section → activity tree.
 * `position` holds fractional-indexing keys so a move rewrites one row; `data` holds the
 * validated domain object as JSON, with the columns the core queries or constrains copied out.
 * Never edit this file once released: add a new migration instead.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE parcours (
        id TEXT PRIMARY KEY,
        position TEXT NOT NULL,
        kind TEXT NOT NULL,
        short_name TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sections (
        id TEXT PRIMARY KEY,
        parcours_id TEXT NOT NULL REFERENCES parcours(id) ON DELETE CASCADE,
        position TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sections_by_parcours ON sections(parcours_id, position);
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        position TEXT NOT NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activities_by_section ON activities(section_id, position);
      INSERT INTO meta(key, value) VALUES ('title', 'Projet'), ('revision', '0');
    `);
  },
};
