import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationList, SCHEMA_VERSION } from '../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../src/main/core/db/migrations/run-migrations';
import { startCore, type CoreHarness } from '../support/core/core-harness';
import { fileFingerprint } from '../support/core/file-fingerprint';
import { V1_FIXTURE } from '../support/core/make-v1-fixture';
import { V2_FIXTURE } from '../support/core/make-v2-fixture';
import { V3_FEEDBACK_ID, V3_FIXTURE, V3_QUIZ_ID } from '../support/core/make-v3-fixture';
import { trueFalseDraft } from '../support/core/question-samples';

let core: CoreHarness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = undefined;
  dir = undefined;
});

describe('migration 004 question bank (from the schema v3 fixture)', () => {
  it('adds the STRICT, indexed bank tables to a v3 file, content untouched', () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-mig-'));
    const path = join(dir, 'v3.atelier');
    copyFileSync(V3_FIXTURE, path);
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    expect(runMigrations(db, migrationList.slice(0, 4))).toEqual({ from: 3, to: 4 });
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name LIKE 'question%'`)
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['question_categories', 'questions']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 'y') as { detail: string }[])
        .map((p) => p.detail)
        .join(' ');
    expect(plan('SELECT id FROM questions WHERE parcours_id = ? AND category_id = ?')).toContain(
      'questions_by_parcours',
    );
    expect(
      plan('SELECT id FROM question_categories WHERE parcours_id = ? AND parent_id IS ?'),
    ).toContain('question_categories_by_parent');
    // A question needs an existing category and parcours.
    expect(() =>
      db
        .prepare(
          `INSERT INTO questions VALUES ('q', 'nope', 'nope', 'a0', 'truefalse', 'n', '', '{}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n).toBe(5);
    db.close();
  });

  it('opens the v3 fixture through the core: old quizzes and feedbacks parse with defaults', async () => {
    const before = fileFingerprint(V3_FIXTURE);
    core = startCore();
    const path = join(core.dir, 'v3.atelier');
    copyFileSync(V3_FIXTURE, path);
    const summary = await core.client.invoke('project.open', { path });
    expect(summary).toMatchObject({ schemaVersion: SCHEMA_VERSION, revision: 12 });
    const quiz = await core.client.invoke('activity.get', { id: V3_QUIZ_ID });
    expect(quiz).toMatchObject({
      purpose: 'positioning',
      attempts: 1,
      timeLimitMinutes: 20,
      slots: [],
      navMethod: 'free',
      maxGrade: 10,
    });
    const feedback = await core.client.invoke('activity.get', { id: V3_FEEDBACK_ID });
    expect(feedback).toMatchObject({ purpose: 'final-survey', items: [], multipleSubmit: false });
    const parcoursId = summary.parcours[0]?.id ?? '';
    const c = await core.client.invoke('questionCategory.create', {
      parcoursId,
      parentId: null,
      name: 'Positionnement',
    });
    const q = await core.client.invoke('question.create', {
      parcoursId,
      categoryId: c.id,
      question: trueFalseDraft('Q'),
    });
    await core.client.invoke('activity.update', {
      id: V3_QUIZ_ID,
      patch: { slots: [{ id: 's', page: 1, question: { kind: 'fixed', questionId: q.id } }] },
    });
    expect(fileFingerprint(V3_FIXTURE)).toEqual(before);
  });

  it.each([
    ['v1', V1_FIXTURE],
    ['v2', V2_FIXTURE],
  ])('the %s fixture still opens and gets an empty bank', async (_name, fixture) => {
    core = startCore();
    const path = join(core.dir, 'old.atelier');
    copyFileSync(fixture, path);
    const summary = await core.client.invoke('project.open', { path });
    expect(summary.schemaVersion).toBe(SCHEMA_VERSION);
    const parcoursId = summary.parcours[0]?.id ?? '';
    expect(await core.client.invoke('questionCategory.list', { parcoursId })).toEqual([]);
  });
});
