import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationList, SCHEMA_VERSION } from '../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../src/main/core/db/migrations/run-migrations';
import { startCore, type CoreHarness } from '../support/core/core-harness';
import { fileFingerprint } from '../support/core/file-fingerprint';
import { fakePng, uploadBytes } from '../support/core/media-bytes';
import { V1_FIXTURE } from '../support/core/make-v1-fixture';
import { V2_FIXTURE, V2_RENAMED_SECTION } from '../support/core/make-v2-fixture';

let core: CoreHarness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = undefined;
  dir = undefined;
});

describe('migration 003 media library (from the schema v2 fixture)', () => {
  it('adds the STRICT media tables and the journal index to a v2 file, content untouched', () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-mig-'));
    const path = join(dir, 'v2.atelier');
    copyFileSync(V2_FIXTURE, path);
    const db = new Database(path);
    expect(runMigrations(db, migrationList.slice(0, 3))).toEqual({ from: 2, to: 3 });
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name LIKE 'media%'`)
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['media', 'media_chunks']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM journal_rows WHERE tbl = 'media' AND row_id = ?`)
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('journal_rows_by_row');
    // The constraints hold: a thumbnail over 300 KB and a chunk over 1 MiB are refused.
    const insert = db.prepare(
      `INSERT INTO media (id, name, mime, kind, size, created_at, thumbnail) VALUES (?, 'a', 'x/y', 'other', 1, '2025-01-01T00:00:00.000Z', ?)`,
    );
    expect(() => insert.run('a'.repeat(64), Buffer.alloc(300 * 1024 + 1))).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(`INSERT INTO media_chunks VALUES (?, 0, ?)`)
        .run('a'.repeat(64), Buffer.alloc(1024 * 1024 + 1)),
    ).toThrow(/CHECK/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n).toBe(3);
    db.close();
  });

  it('opens the v2 fixture through the core: migrated, its undo step still works, media can be added', async () => {
    const before = fileFingerprint(V2_FIXTURE);
    core = startCore();
    const path = join(core.dir, 'v2.atelier');
    copyFileSync(V2_FIXTURE, path);
    const summary = await core.client.invoke('project.open', { path });
    expect(summary).toMatchObject({ schemaVersion: SCHEMA_VERSION, revision: 9 });
    expect((await core.client.invoke('snapshot.list', {})).map((s) => s.reason)).toEqual([
      'before-migration',
    ]);
    const outline = await core.client.invoke('parcours.outline', { id: 'p-v1' });
    expect(outline.sections[0]?.title).toBe(V2_RENAMED_SECTION);
    expect((await core.client.invoke('history.state', {})).undoLabel).toBe('Renommer la section');
    await core.client.invoke('history.undo', {});
    expect((await core.client.invoke('parcours.outline', { id: 'p-v1' })).sections[0]?.title).toBe(
      'Accueil',
    );
    const media = await uploadBytes(core.client, fakePng(2, 2), {
      name: 'a.png',
      mime: 'image/png',
      alt: 'A',
    });
    expect(await core.client.invoke('media.list', {})).toEqual([{ ...media, usage: [] }]);
    expect(fileFingerprint(V2_FIXTURE)).toEqual(before);
  });

  it('still opens the v1 fixture, through every migration', async () => {
    core = startCore();
    const path = join(core.dir, 'v1.atelier');
    copyFileSync(V1_FIXTURE, path);
    expect(await core.client.invoke('project.open', { path })).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
    });
    expect(await core.client.invoke('media.list', {})).toEqual([]);
  });
});
