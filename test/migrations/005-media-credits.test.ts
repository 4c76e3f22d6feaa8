import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationList, SCHEMA_VERSION } from '../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../src/main/core/db/migrations/run-migrations';
import { startCore, type CoreHarness } from '../support/core/core-harness';
import { fileFingerprint } from '../support/core/file-fingerprint';
import { V4_DELETED_MEDIA_NAME, V4_FIXTURE } from '../support/core/make-v4-fixture';

let core: CoreHarness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = undefined;
  dir = undefined;
});

describe('migration 005 media credits (from the schema v4 fixture)', () => {
  it('adds author and licence to every medium, empty, content untouched', () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-mig-'));
    const path = join(dir, 'v4.atelier');
    copyFileSync(V4_FIXTURE, path);
    const db = new Database(path);
    expect(runMigrations(db, migrationList.slice(0, 5))).toEqual({ from: 4, to: 5 });
    const rows = db.prepare('SELECT name, alt, author, licence FROM media').all();
    expect(rows).toEqual([{ name: 'vignette.png', alt: 'Vignette', author: '', licence: '' }]);
    expect(() => db.prepare(`UPDATE media SET author = NULL`).run()).toThrow(/NOT NULL/);
    db.close();
  });

  it('through the core: an undo journaled before the migration brings a medium back, without credits; credits are then kept', async () => {
    const before = fileFingerprint(V4_FIXTURE);
    core = startCore();
    const path = join(core.dir, 'v4.atelier');
    copyFileSync(V4_FIXTURE, path);
    const summary = await core.client.invoke('project.open', { path });
    expect(summary).toMatchObject({ schemaVersion: SCHEMA_VERSION, revision: 13 });
    expect((await core.client.invoke('media.list', {})).map((m) => m.name)).toEqual([
      'vignette.png',
    ]);
    await core.client.invoke('history.undo', {});
    const restored = (await core.client.invoke('media.list', {})).find(
      (m) => m.name === V4_DELETED_MEDIA_NAME,
    );
    expect(restored).toMatchObject({ alt: 'Schéma de la démarche', author: '', licence: '' });
    if (!restored) return;
    await core.client.invoke('media.update', {
      id: restored.id,
      patch: { author: '  Équipe de conception ', licence: 'cc-4.0' },
    });
    await core.restart();
    await core.client.invoke('project.open', { path });
    const reread = (await core.client.invoke('media.list', {})).find((m) => m.id === restored.id);
    expect(reread).toMatchObject({ author: 'Équipe de conception', licence: 'cc-4.0' });
    expect(fileFingerprint(V4_FIXTURE)).toEqual(before);
  });
});
