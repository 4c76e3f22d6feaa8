import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locationWarning } from '../../../src/main/core/files/location-warning';
import { startCore, type CoreHarness } from '../../support/core/core-harness';
import { SCHEMA_VERSION } from '../../../src/main/core/db/migrations/migration-list';
import { V3_FIXTURE } from '../../support/core/make-v3-fixture';

/** The page size a SQLite file's header records (bytes 16–17, big-endian; 1 means 65,536). */
const pageSize = (path: string): number => {
  const raw = readFileSync(path).readUInt16BE(16);
  return raw === 1 ? 65_536 : raw;
};

let core: CoreHarness | undefined;
afterEach(async () => {
  await core?.dispose();
  core = undefined;
});

describe('project lifecycle', () => {
  it('creates an empty project titled after its file, and reopens it', async () => {
    core = startCore();
    const path = join(core.dir, 'Lecture cycle 2.atelier');
    const created = await core.client.invoke('project.create', { path });
    expect(created).toMatchObject({ path, title: 'Lecture cycle 2', revision: 0, parcours: [] });
    expect(core.events.map((e) => e.name)).toContain('project.opened');
    await core.client.invoke('project.close', {});
    expect(await core.client.invoke('project.current', {})).toBeNull();
    const opened = await core.client.invoke('project.open', { path });
    expect(opened.title).toBe('Lecture cycle 2');
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('creates files with 64 KiB pages (media chunks store fast) and leaves older files as they are', async () => {
    core = startCore();
    const created = join(core.dir, 'neuf.atelier');
    await core.client.invoke('project.create', { path: created });
    await core.client.invoke('project.close', {});
    expect(pageSize(created)).toBe(65_536);
    const older = join(core.dir, 'ancien.atelier');
    copyFileSync(V3_FIXTURE, older);
    const before = pageSize(older);
    expect(before).toBe(4_096);
    await core.client.invoke('project.open', { path: older });
    await core.client.invoke('project.close', {});
    expect(pageSize(older)).toBe(before);
  });

  it('refuses to create over an existing file and to open a missing one', async () => {
    core = startCore();
    const path = join(core.dir, 'p.atelier');
    writeFileSync(path, 'x');
    const exists = await core.client.call('project.create', { path });
    expect(exists).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    const missing = await core.client.call('project.open', {
      path: join(core.dir, 'none.atelier'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'file_not_found' } });
  });

  it('renames the project, keeps recent projects (most recent first, max 10)', async () => {
    core = startCore();
    for (let i = 0; i < 12; i += 1) {
      await core.client.invoke('project.create', { path: join(core.dir, `p${String(i)}.atelier`) });
    }
    const renamed = await core.client.invoke('project.rename', { title: 'Dernier' });
    expect(renamed.title).toBe('Dernier');
    const recent = await core.client.invoke('project.recent', {});
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ title: 'Dernier', exists: true });
    await core.client.invoke('project.forgetRecent', { path: join(core.dir, 'p11.atelier') });
    expect(await core.client.invoke('project.recent', {})).toHaveLength(9);
  });

  it('ignores a damaged recent.json', async () => {
    core = startCore();
    writeFileSync(join(core.dir, 'data', 'recent.json'), '{ not json');
    expect(await core.client.invoke('project.recent', {})).toEqual([]);
  });

  it('reports app info and refuses dialogs without a host', async () => {
    core = startCore({ appVersion: '1.2.3' });
    expect(await core.client.invoke('app.info', {})).toMatchObject({
      version: '1.2.3',
      schemaVersion: SCHEMA_VERSION,
      nativeDialogs: false,
    });
    const dialog = await core.client.call('dialog.openProject', {});
    expect(dialog).toMatchObject({
      ok: false,
      error: {
        code: 'unsupported',
        message:
          'Les boîtes de dialogue ne sont pas disponibles ici : saisissez le chemin du fichier.',
      },
    });
  });

  it('uses the host dialogs when there are some', async () => {
    core = startCore({
      host: {
        dialogs: {
          openProject: () => Promise.resolve('/x.atelier'),
          saveProject: (n) => Promise.resolve(`/${n}`),
          exportTarget: (n, format) => Promise.resolve(format === 'mbz' ? `/${n}.mbz` : `/${n}`),
          importSource: (format) => Promise.resolve(format === 'mbz' ? '/c.mbz' : null),
        },
      },
    });
    expect(await core.client.invoke('app.info', {})).toMatchObject({ nativeDialogs: true });
    expect(await core.client.invoke('dialog.saveProject', { suggestedName: 'a.atelier' })).toEqual({
      path: '/a.atelier',
    });
    expect(
      await core.client.invoke('dialog.exportTarget', { suggestedName: 'p', format: 'mbz' }),
    ).toEqual({ path: '/p.mbz' });
    expect(await core.client.invoke('dialog.importSource', { format: 'folder' })).toEqual({
      path: null,
    });
  });
});

describe('location warning', () => {
  it('warns for cloud-synced folders', () => {
    expect(locationWarning('/home/a/Dropbox/p.atelier', '')).toMatch(/synchronisé/);
    expect(locationWarning('/Users/a/OneDrive - Académie/p.atelier', '')).toMatch(/WAL/);
    expect(locationWarning('/home/a/Documents/p.atelier', '')).toBeNull();
  });

  it('warns for network file systems from /proc/mounts', () => {
    const mounts =
      '/dev/sda1 / ext4 rw 0 0\nserver:/export /mnt/share nfs4 rw 0 0\nu@h: /mnt/ssh fuse.sshfs rw 0 0\n';
    expect(locationWarning('/mnt/share/p.atelier', mounts)).toMatch(/réseau/);
    expect(locationWarning('/mnt/ssh/x/p.atelier', mounts)).toMatch(/réseau/);
    expect(locationWarning('/mnt/sharex/p.atelier', mounts)).toBeNull();
  });
});
