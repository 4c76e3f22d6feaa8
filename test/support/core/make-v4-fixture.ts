/**
 * Writes test/fixtures/projects/schema-v4.atelier: a project as schema 4 (migrations 001 to
 * 004: media without credits) stored it: the v3 fixture's content, migrated, plus a second
 * medium that an edit of that release deleted, so the undo journal holds a media row image
 * without `author` and `licence`. Run once with `npx tsx test/support/core/make-v4-fixture.ts`;
 * the file is committed and must keep opening in every later build (D2).
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrationList } from '../../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../../src/main/core/db/migrations/run-migrations';
import { fakePng, sha256 } from './media-bytes';
import { V3_FIXTURE } from './make-v3-fixture';

export const V4_FIXTURE = join(import.meta.dirname, '../../fixtures/projects/schema-v4.atelier');
/** The medium the journaled edit deleted (its bytes stay, as the core keeps them for undo). */
export const V4_DELETED_MEDIA_NAME = 'schéma-supprimé.png';

export const writeV4Fixture = (path: string): void => {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file);
  copyFileSync(V3_FIXTURE, path);
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  runMigrations(db, migrationList.slice(0, 4));
  const png = fakePng(32, 18, 400);
  const id = sha256(png);
  db.transaction(() => {
    db.prepare(`UPDATE meta SET value = 'Projet de la version 4' WHERE key = 'title'`).run();
    db.prepare(`UPDATE meta SET value = '13' WHERE key = 'revision'`).run();
    db.prepare('INSERT INTO media_chunks (media_id, idx, data) VALUES (?, 0, ?)').run(id, png);
    // The row as schema 4 stored it, journaled by a delete the author can still undo.
    const row = {
      id,
      name: V4_DELETED_MEDIA_NAME,
      mime: 'image/png',
      kind: 'image',
      size: png.length,
      width: 32,
      height: 18,
      alt: 'Schéma de la démarche',
      decorative: 0,
      captions_media_id: null,
      created_at: '2025-06-02T08:30:00.000Z',
    };
    db.prepare(
      `INSERT INTO journal_entries (seq, label, coalesce_key, created_at, state)
       VALUES (1, 'Supprimer « ${V4_DELETED_MEDIA_NAME} »', NULL, 1748853000000, 'done')`,
    ).run();
    db.prepare(
      `INSERT INTO journal_rows (entry_seq, ord, tbl, row_id, before_image, after_image)
       VALUES (1, 0, 'media', ?, ?, NULL)`,
    ).run(id, JSON.stringify(row));
  })();
  db.close();
};

if (process.argv[1]?.endsWith('make-v4-fixture.ts')) {
  writeV4Fixture(V4_FIXTURE);
  console.log(`wrote ${V4_FIXTURE}`);
}
