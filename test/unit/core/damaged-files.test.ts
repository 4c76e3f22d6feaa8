import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileFingerprint } from '../../support/core/file-fingerprint';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness;
beforeEach(() => {
  core = startCore();
});
afterEach(async () => {
  await core.dispose();
});

/** Opens `path`, expects `code`, and checks the file was not touched and no side file stayed. */
const expectRefused = async (path: string, code: string, message: RegExp) => {
  const before = fileFingerprint(path);
  const filesBefore = readdirSync(core.dir).sort();
  const result = await core.client.call('project.open', { path });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.messageEn.length).toBeGreaterThan(10);
  expect(fileFingerprint(path)).toEqual(before);
  expect(readdirSync(core.dir).sort()).toEqual(filesBefore);
};

const realProject = async (name: string): Promise<string> => {
  const path = join(core.dir, name);
  await core.client.invoke('project.create', { path });
  const p = await core.client.invoke('parcours.create', { title: 'L', shortName: 'L' });
  for (let i = 0; i < 40; i += 1) {
    const s = await core.client.invoke('section.create', {
      parcoursId: p.id,
      title: `Section ${String(i)}`,
    });
    await core.client.invoke('activity.update', {
      id: (
        await core.client.invoke('activity.create', { sectionId: s.id, type: 'page', title: 'P' })
      ).id,
      patch: {
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(2000) }] }],
        },
      },
    });
  }
  await core.client.invoke('project.close', {});
  return path;
};

describe('damaged and foreign files (D3)', () => {
  it('random bytes → project_damaged', async () => {
    const path = join(core.dir, 'random.atelier');
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
    await expectRefused(path, 'project_damaged', /endommagé/);
    // Each language gets the reason in its own words, not both glued together.
    const result = await core.client.call('project.open', { path });
    expect(result.ok ? null : result.error.message).toMatch(/en-tête SQLite absent/);
    expect(result.ok ? null : result.error.message).not.toMatch(/no SQLite header/);
    expect(result.ok ? null : result.error.messageEn).toMatch(/no SQLite header/);
    expect(result.ok ? null : result.error.messageEn).not.toMatch(/en-tête/);
  });

  it('an empty file → project_damaged', async () => {
    const path = join(core.dir, 'empty.atelier');
    writeFileSync(path, '');
    await expectRefused(path, 'project_damaged', /endommagé/);
  });

  it('a truncated copy of a real project → project_damaged', async () => {
    const source = await realProject('real.atelier');
    const path = join(core.dir, 'truncated.atelier');
    const bytes = readFileSync(source);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(path, 'project_damaged', /endommagé/);
  });

  it('another application’s SQLite file → project_foreign', async () => {
    const path = join(core.dir, 'places.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)');
    db.close();
    await expectRefused(path, 'project_foreign', /autre application/);
  });

  it('a project of schema 999 → project_newer', async () => {
    const source = await realProject('source.atelier');
    const path = join(core.dir, 'newer.atelier');
    copyFileSync(source, path);
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    await expectRefused(
      path,
      'project_newer',
      /version plus récente d'Atelier \(schéma 999\)\. Mettez Atelier à jour/,
    );
  });
});
