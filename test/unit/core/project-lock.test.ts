import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

const cores: CoreHarness[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
});

describe('two-process guard', () => {
  it('refuses a second context on the same file, and frees the lock on close', async () => {
    const first = startCore();
    const second = startCore();
    cores.push(first, second);
    const path = join(first.dir, 'p.atelier');
    await first.client.invoke('project.create', { path });
    const holder = JSON.parse(readFileSync(`${path}.lock`, 'utf8')) as {
      pid: number;
      hostname: string;
    };
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname() });
    const refused = await second.client.call('project.open', { path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'project_locked' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/déjà ouvert ailleurs/);
    await first.client.invoke('project.close', {});
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect((await second.client.call('project.open', { path })).ok).toBe(true);
  });

  it('takes over a stale lock left by a dead process on this host', async () => {
    const core = startCore();
    cores.push(core);
    const path = join(core.dir, 'p.atelier');
    await core.client.invoke('project.create', { path });
    await core.client.invoke('project.close', {});
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 12345, hostname: hostname(), startedAt: 'hier' }),
    );
    expect((await core.client.call('project.open', { path })).ok).toBe(true);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('keeps a lock held from another host', async () => {
    const core = startCore();
    cores.push(core);
    const path = join(core.dir, 'p.atelier');
    await core.client.invoke('project.create', { path });
    await core.client.invoke('project.close', {});
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({ pid: 1, hostname: 'autre-poste', startedAt: 'hier' }),
    );
    expect(await core.client.call('project.open', { path })).toMatchObject({
      ok: false,
      error: { code: 'project_locked' },
    });
  });
});
