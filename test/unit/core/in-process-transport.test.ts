import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessTransport } from '../../../src/main/core/in-process-transport';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness;
afterEach(async () => {
  await core.dispose();
});

describe('in-process transport', () => {
  it('resolves failures as data, even for input that cannot be cloned', async () => {
    core = startCore();
    const transport = createInProcessTransport(core.context);
    const result = await transport.invoke('project.open', { path: () => 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('delivers events as plain JSON and stops after unsubscribe', async () => {
    core = startCore();
    const transport = createInProcessTransport(core.context);
    const names: string[] = [];
    const stop = transport.subscribe((event) => names.push(event.name));
    await transport.invoke('project.create', { path: join(core.dir, 'p.atelier') });
    await transport.invoke('project.rename', { title: 'Nouveau titre' });
    stop();
    await transport.invoke('project.close', {});
    expect(names).toEqual([
      'project.opened',
      'history.changed',
      'project.changed',
      'history.changed',
    ]);
  });

  it('adds no undo step for an edit that changes nothing', async () => {
    core = startCore();
    await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
    await core.client.invoke('project.rename', { title: 'p' });
    expect(await core.client.invoke('history.state', {})).toMatchObject({ canUndo: false });
    expect((await core.client.invoke('project.current', {}))?.revision).toBe(0);
  });
});
