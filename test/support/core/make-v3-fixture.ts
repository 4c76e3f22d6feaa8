/**
 * Writes test/fixtures/projects/schema-v3.atelier: a project as schema 3 (migrations 001 to
 * 003, no question bank) stored it: the v1 content, a quiz and a feedback activity with the
 * placeholder fields of that release (`slots: []`, `items: []`), one medium with its chunk.
 * Run once with `npx tsx test/support/core/make-v3-fixture.ts`; the file is committed and
 * must keep opening in every later build (D2).
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrationList } from '../../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../../src/main/core/db/migrations/run-migrations';
import { fakePng, sha256 } from './media-bytes';
import { v1FixtureContent } from './v1-fixture-content';

export const V3_FIXTURE = join(import.meta.dirname, '../../fixtures/projects/schema-v3.atelier');
export const V3_QUIZ_ID = 'v3-quiz';
export const V3_FEEDBACK_ID = 'v3-feedback';

const common = {
  intro: null,
  estimatedMinutes: 15,
  modality: null,
  completion: 'none',
  visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
};

export const writeV3Fixture = (path: string): void => {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file);
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  runMigrations(db, migrationList.slice(0, 3));
  db.transaction(() => {
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'title'`).run('Projet de la version 3');
    db.prepare(`UPDATE meta SET value = '12' WHERE key = 'revision'`).run();
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
      const activities = [...s.activities];
      if (i === 0) {
        activities.push(
          {
            ...common,
            id: V3_QUIZ_ID,
            type: 'quiz',
            title: 'Auto-positionnement',
            purpose: 'positioning',
            attempts: 1,
            gradeToPass: null,
            timeLimitMinutes: 20,
            gradeMethod: 'highest',
            slots: [],
          } as never,
          {
            ...common,
            id: V3_FEEDBACK_ID,
            type: 'feedback',
            title: 'Questionnaire final',
            purpose: 'final-survey',
            anonymous: true,
            items: [],
          } as never,
        );
      }
      activities.forEach((a, j) => {
        db.prepare(
          'INSERT INTO activities (id, section_id, position, type, title, data) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(a.id, s.section.id, `a${String(j)}`, a.type, a.title, JSON.stringify(a));
      });
    });
    const png = fakePng(16, 9);
    const id = sha256(png);
    db.prepare(
      `INSERT INTO media (id, name, mime, kind, size, width, height, alt, decorative, created_at)
       VALUES (?, 'vignette.png', 'image/png', 'image', ?, 16, 9, 'Vignette', 0, '2025-03-10T09:00:00.000Z')`,
    ).run(id, png.length);
    db.prepare('INSERT INTO media_chunks (media_id, idx, data) VALUES (?, 0, ?)').run(id, png);
  })();
  db.close();
};

if (process.argv[1]?.endsWith('make-v3-fixture.ts')) {
  writeV3Fixture(V3_FIXTURE);
  console.log(`wrote ${V3_FIXTURE}`);
}
