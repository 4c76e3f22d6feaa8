/**
 * Writes test/fixtures/projects/schema-v1.atelier: a project as the first released schema
 * stored it (migration 001 only). Run once with `npx tsx test/support/core/make-v1-fixture.ts`;
 * the file is committed and must keep opening in every later build (D2).
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrationList } from '../../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../../src/main/core/db/migrations/run-migrations';
import { v1FixtureContent } from './v1-fixture-content';

export const V1_FIXTURE = join(import.meta.dirname, '../../fixtures/projects/schema-v1.atelier');

export const writeV1Fixture = (path: string): void => {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file);
  const db = new Database(path);
  // The released v1 wrote rollback-journal files; WAL came with the same build, keep it simple.
  db.pragma('journal_mode = DELETE');
  runMigrations(db, migrationList.slice(0, 1));
  const insert = db.transaction(() => {
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'title'`).run(v1FixtureContent.title);
    db.prepare(`UPDATE meta SET value = '7' WHERE key = 'revision'`).run();
    const p = v1FixtureContent.parcours;
    db.prepare(
      'INSERT INTO parcours (id, position, kind, short_name, title, data) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(p.id, 'a0', p.kind, p.shortName, p.title, JSON.stringify(p));
    v1FixtureContent.sections.forEach((s, i) => {
      db.prepare('INSERT INTO sections (id, parcours_id, position, data) VALUES (?, ?, ?, ?)').run(
        s.section.id,
        p.id,
        `a${String(i)}`,
        JSON.stringify(s.section),
      );
      s.activities.forEach((a, j) => {
        db.prepare(
          'INSERT INTO activities (id, section_id, position, type, title, data) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(a.id, s.section.id, `a${String(j)}`, a.type, a.title, JSON.stringify(a));
      });
    });
  });
  insert();
  db.close();
};

if (process.argv[1]?.endsWith('make-v1-fixture.ts')) {
  writeV1Fixture(V1_FIXTURE);
  console.log(`wrote ${V1_FIXTURE}`);
}
