import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { selectRetainedSnapshots } from '../../../src/main/core/snapshots/select-retained-snapshots';
import { snapshotStore } from '../../../src/main/core/snapshots/snapshot-store';
import { createFakeClock } from '../../support/core/fake-clock';
import { fileFingerprint } from '../../support/core/file-fingerprint';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness;
afterEach(async () => {
  await core.dispose();
});

const MINUTE = 60_000;

describe('snapshots', () => {
  it('are taken on schedule while edits happen, with the injected clock', async () => {
    const clock = createFakeClock();
    core = startCore({ now: clock.now, snapshotIntervalMinutes: 10 });
    const path = join(core.dir, 'p.atelier');
    await core.client.invoke('project.create', { path });
    await core.client.invoke('parcours.create', { title: 'L', shortName: 'L' }); // first edit: first snapshot
    clock.advance(5 * MINUTE);
    await core.client.invoke('project.rename', { title: 'A' });
    clock.advance(6 * MINUTE);
    await core.client.invoke('project.rename', { title: 'B' });
    await core.context.close(); // waits for pending backups
    await core.restart();
    await core.client.invoke('project.open', { path });
    const list = await core.client.invoke('snapshot.list', {});
    expect(list.map((s) => s.reason)).toEqual(['scheduled', 'scheduled']);
    expect(list[0]?.createdAt).toBe('2025-03-10T09:11:00.000Z');
  });

  it('keeps 10 recent + newest per day for 7 days + newest per week for 4 weeks', () => {
    const now = new Date('2025-03-31T12:00:00.000Z');
    const hours = [
      ...Array.from({ length: 30 }, (_, i) => i),
      ...Array.from({ length: 60 }, (_, i) => 24 * i + 30),
    ];
    const snapshots = hours.map((h) => ({
      id: `h${String(h)}`,
      createdAt: new Date(now.getTime() - h * 3_600_000).toISOString(),
    }));
    const keep = selectRetainedSnapshots(snapshots, now);
    // The 10 most recent (h0–h9), the newest of days 1–6 (day 0 is h0), of weeks 1–3 (week 0 is h0).
    const expected = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 24, 54, 78, 102, 126, 150, 174, 342, 510];
    expect([...keep].sort()).toEqual(expected.map((h) => `h${String(h)}`).sort());
  });

  it('restores a snapshot after taking a before-restore one', async () => {
    core = startCore();
    const path = join(core.dir, 'p.atelier');
    await core.client.invoke('project.create', { path });
    await core.client.invoke('parcours.create', { title: 'Avant', shortName: 'AV' });
    const manual = await core.client.invoke('snapshot.create', {});
    expect(manual.reason).toBe('manual');
    await core.client.invoke('parcours.create', { title: 'Après', shortName: 'AP' });
    const revision = (await core.client.invoke('project.current', {}))?.revision ?? 0;
    const restored = await core.client.invoke('snapshot.restore', { id: manual.id });
    expect(restored.parcours.map((p) => p.title)).toEqual(['Avant']);
    expect(restored.revision).toBeGreaterThan(revision);
    const reasons = (await core.client.invoke('snapshot.list', {})).map((s) => s.reason);
    expect(reasons).toContain('before-restore');
    const missing = await core.client.call('snapshot.restore', { id: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('opens a copy of the last snapshot of a damaged file, leaving it untouched', async () => {
    core = startCore();
    const path = join(core.dir, 'Cours.atelier');
    await core.client.invoke('project.create', { path });
    await core.client.invoke('parcours.create', { title: 'Sauvé', shortName: 'S' });
    await core.client.invoke('snapshot.create', {});
    await core.client.invoke('project.close', {});
    writeFileSync(path, Buffer.alloc(4096, 7));
    const before = fileFingerprint(path);
    const refused = await core.client.call('project.open', { path });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('project_damaged');
    const snapshotPath = refused.error.details?.['latestSnapshotPath'] as string;
    expect(snapshotPath.startsWith(snapshotStore.dirOf(path))).toBe(true);
    expect((await core.client.invoke('snapshot.list', { path })).length).toBe(1);
    const copy = await core.client.invoke('project.openSnapshotCopy', { snapshotPath });
    expect(copy.path).toMatch(/Cours \(récupéré \d{4}-\d{2}-\d{2} \d{2}h\d{2}\)\.atelier$/);
    expect(copy.parcours.map((p) => p.title)).toEqual(['Sauvé']);
    expect(fileFingerprint(path)).toEqual(before);
    expect(existsSync(copy.path)).toBe(true);
    expect(readdirSync(core.dir).filter((f) => f.startsWith('Cours.atelier-'))).toEqual([]);
  });
});
