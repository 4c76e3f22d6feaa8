/**
 * Writes test/fixtures/projects/schema-v2.atelier: a project as schema 2 (migrations 001 and
 * 002, no media library) stored it, with one undoable step in its journal. Run once with
 * `npx tsx test/support/core/make-v2-fixture.ts`; the file is committed and must keep opening
 * in every later build (D2).
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrationList } from '../../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../../src/main/core/db/migrations/run-migrations';
import { v1FixtureContent } from './v1-fixture-content';

export const V2_FIXTURE = join(import.meta.dirname, '../../fixtures/projects/schema-v2.atelier');

/** The title the journaled step renamed the first section to (undo gives 'Accueil' back). */
export const V2_RENAMED_SECTION = 'Accueil et présentation';

export const writeV2Fixture = (path: string): void => {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file);
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  runMigrations(db, migrationList.slice(0, 2));
  db.transaction(() => {
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'title'`).run('Projet de la version 2');
    db.prepare(`UPDATE meta SET value = '9' WHERE key = 'revision'`).run();
    const p = v1FixtureContent.parcours;
    db.prepare(
      'INSERT INTO parcours (id, position, kind, short_name, title, data) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(p.id, 'a0', p.kind, p.shortName, p.title, JSON.stringify(p));
    v1FixtureContent.sections.forEach((s, i) => {
      const section = i === 0 ? { ...s.section, title: V2_RENAMED_SECTION } : s.section;
      db.prepare('INSERT INTO sections (id, parcours_id, position, data) VALUES (?, ?, ?, ?)').run(
        section.id,
        p.id,
        `a${String(i)}`,
        JSON.stringify(section),
      );
      s.activities.forEach((a, j) => {
        db.prepare(
          'INSERT INTO activities (id, section_id, position, type, title, data) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(a.id, section.id, `a${String(j)}`, a.type, a.title, JSON.stringify(a));
      });
    });
    const first = v1FixtureContent.sections[0]?.section;
    if (!first) throw new Error('fixture content without a section');
    const row = (title: string) =>
      JSON.stringify({
        id: first.id,
        parcours_id: p.id,
        position: 'a0',
        data: JSON.stringify({ ...first, title }),
      });
    db.prepare(
      `INSERT INTO journal_entries (seq, label, coalesce_key, created_at, state)
       VALUES (1, 'Renommer la section', NULL, 1741597200000, 'done')`,
    ).run();
    db.prepare(
      `INSERT INTO journal_rows (entry_seq, ord, tbl, row_id, before_image, after_image)
       VALUES (1, 0, 'sections', ?, ?, ?)`,
    ).run(first.id, row(first.title), row(V2_RENAMED_SECTION));
  })();
  db.close();
};

if (process.argv[1]?.endsWith('make-v2-fixture.ts')) {
  writeV2Fixture(V2_FIXTURE);
  console.log(`wrote ${V2_FIXTURE}`);
}
