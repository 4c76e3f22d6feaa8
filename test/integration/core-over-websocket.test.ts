import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/main/core/app-context';
import type { AppContext } from '../../src/main/core/app-context-api';
import { createWsHost } from '../../src/main/host/ws-host';
import type { WsHost } from '../../src/main/host/ws-host';
import { createClient } from '../../src/shared/contract/create-client';
import type { Client } from '../../src/shared/contract/create-client';
import { createWebSocketTransport } from '../../src/shared/contract/create-websocket-transport';
import type { WebSocketTransport } from '../../src/shared/contract/create-websocket-transport';
import type { EventEnvelope } from '../../src/shared/contract/events';
import { WS_CLOSE_UNAUTHORIZED } from '../../src/shared/contract/ws-protocol';

/**
 * The whole core in plain Node, reached the way the browser build reaches it: WebSocket
 * host + WebSocket transport (with the `ws` class). No Electron, no mock.
 */
let dir: string;
let context: AppContext;
let host: WsHost;
let transports: WebSocketTransport[] = [];

const connect = (token = host.token): { transport: WebSocketTransport; client: Client } => {
  const transport = createWebSocketTransport({ url: host.wsUrl, token, WebSocket });
  transports.push(transport);
  return { transport, client: createClient(transport) };
};

/** Resolves with the first event matching `name` the transport receives. */
const nextEvent = (
  transport: WebSocketTransport,
  name: EventEnvelope['name'],
): Promise<EventEnvelope> =>
  new Promise((resolve) => {
    const stop = transport.subscribe((event) => {
      if (event.name !== name) return;
      stop();
      resolve(event);
    });
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-integration-'));
  context = createAppContext({
    dataDir: join(dir, 'data'),
    defaultProjectDir: join(dir, 'projects'),
    snapshotIntervalMinutes: 0,
  });
  host = await createWsHost({ context });
});

afterAll(async () => {
  for (const transport of transports) transport.close();
  transports = [];
  await host.close();
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the core over the WebSocket transport', () => {
  it('builds a parcours, edits a page, undoes and redoes, and tells every client', async () => {
    const author = connect();
    const watcher = connect();
    await Promise.all([author.transport.ready, watcher.transport.ready]);

    const opened = nextEvent(watcher.transport, 'project.opened');
    const path = join(dir, 'parcours.atelier');
    const project = await author.client.invoke('project.create', {
      path,
      title: 'Numérique responsable',
    });
    expect(project.path).toBe(path);
    expect((await opened).payload).toEqual({ path });

    const parcours = await author.client.invoke('parcours.create', {
      title: 'Sobriété numérique',
      shortName: 'sobriete-numerique',
    });
    expect(parcours).toMatchObject({ number: 1, declaredHours: 3 });

    const first = await author.client.invoke('section.create', {
      parcoursId: parcours.id,
      title: 'Accueil',
    });
    const second = await author.client.invoke('section.create', {
      parcoursId: parcours.id,
      title: 'Agir',
    });
    const page = await author.client.invoke('activity.create', {
      sectionId: first.id,
      type: 'page',
      title: 'Pourquoi ce parcours ?',
    });

    const changed = nextEvent(watcher.transport, 'project.changed');
    const content = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bienvenue' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Un parcours ' },
            { type: 'text', text: 'hybride', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    };
    const updated = await author.client.invoke('activity.update', {
      id: page.id,
      patch: { content },
    });
    expect(updated.type === 'page' ? updated.content : null).toEqual(content);
    const changedEvent = await changed;
    expect(changedEvent.name).toBe('project.changed');

    const outline = await watcher.client.invoke('parcours.outline', { id: parcours.id });
    expect(outline.sections.map((s) => s.title)).toEqual(['Accueil', 'Agir']);
    expect(outline.sections[0]?.activities.map((a) => a.title)).toEqual(['Pourquoi ce parcours ?']);

    const history = nextEvent(watcher.transport, 'history.changed');
    const afterUndo = await author.client.invoke('history.undo', {});
    expect(afterUndo.canRedo).toBe(true);
    expect((await history).payload).toMatchObject({ canRedo: true });
    const reverted = await author.client.invoke('activity.get', { id: page.id });
    expect(reverted.type === 'page' ? reverted.content : null).not.toEqual(content);

    await author.client.invoke('history.redo', {});
    const redone = await author.client.invoke('activity.get', { id: page.id });
    expect(redone.type === 'page' ? redone.content : null).toEqual(content);

    await author.client.invoke('section.delete', { id: second.id });
    await author.client.invoke('history.undo', {});
    const restored = await author.client.invoke('parcours.outline', { id: parcours.id });
    expect(restored.sections.map((s) => s.id)).toEqual([first.id, second.id]);
  });

  it('returns contract errors as data over the wire', async () => {
    const { client } = connect();
    const unknown = await client.call('nope.nope' as 'app.info', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = await client.call('section.create', { parcoursId: '', title: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!invalid.ok) {
      expect(invalid.error.message).not.toBe('');
      expect(invalid.error.messageEn).not.toBe('');
    }
  });

  it('refuses a wrong token and keeps serving the others', async () => {
    const intruder = connect('0'.repeat(64));
    await expect(intruder.transport.ready).rejects.toThrow();
    const result = await intruder.client.call('project.current', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io_error', details: { closeCode: WS_CLOSE_UNAUTHORIZED } },
    });

    const { client } = connect();
    const current = await client.invoke('project.current', {});
    expect(current?.title).toBe('Numérique responsable');
  });

  it('survives malformed frames from an authenticated client', async () => {
    const raw = new WebSocket(host.wsUrl);
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(JSON.stringify({ type: 'auth', token: host.token }));
    await new Promise((resolve) => raw.once('message', resolve));
    const closed = new Promise<number>((resolve) => raw.once('close', resolve));
    raw.send('{"type":"invoke","id":"one"');
    expect(await closed).toBe(1007);

    const { client } = connect();
    expect((await client.invoke('app.info', {})).version).toBeTypeOf('string');
  });
});
