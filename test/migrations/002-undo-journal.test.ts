import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationList, SCHEMA_VERSION } from '../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../src/main/core/db/migrations/run-migrations';
import { fileFingerprint } from '../support/core/file-fingerprint';
import { V1_FIXTURE } from '../support/core/make-v1-fixture';
import { v1FixtureContent } from '../support/core/v1-fixture-content';
import { startCore, type CoreHarness } from '../support/core/core-harness';

let core: CoreHarness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = undefined;
  dir = undefined;
});

describe('migration 002 undo journal (from the schema v1 fixture)', () => {
  it('adds the journal tables to a v1 file and keeps its content', () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-mig-'));
    const path = join(dir, 'v1.atelier');
    copyFileSync(V1_FIXTURE, path);
    const db = new Database(path);
    expect(runMigrations(db, migrationList.slice(0, 2))).toEqual({ from: 1, to: 2 });
    const tables = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['journal_entries', 'journal_rows']),
    );
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n).toBe(3);
    db.close();
  });

  it('opens the committed v1 fixture through the core: snapshot first, then migrate, then edit and undo', async () => {
    const fixtureBefore = fileFingerprint(V1_FIXTURE);
    core = startCore();
    const path = join(core.dir, 'ancien.atelier');
    copyFileSync(V1_FIXTURE, path);
    const summary = await core.client.invoke('project.open', { path });
    expect(summary).toMatchObject({
      title: v1FixtureContent.title,
      schemaVersion: SCHEMA_VERSION,
      revision: 7,
    });
    const snapshots = await core.client.invoke('snapshot.list', {});
    expect(snapshots.map((s) => s.reason)).toEqual(['before-migration']);
    const outline = await core.client.invoke('parcours.outline', {
      id: v1FixtureContent.parcours.id,
    });
    expect(outline.sections.map((s) => s.activities.map((a) => a.id))).toEqual([
      ['a-v1-1', 'a-v1-2'],
      ['a-v1-3'],
    ]);
    await core.client.invoke('section.update', { id: 's-v1-1', patch: { title: 'Bienvenue' } });
    await core.client.invoke('history.undo', {});
    const again = await core.client.invoke('parcours.outline', {
      id: v1FixtureContent.parcours.id,
    });
    expect(again.sections[0]?.title).toBe('Accueil');
    expect(fileFingerprint(V1_FIXTURE)).toEqual(fixtureBefore);
  });
});
