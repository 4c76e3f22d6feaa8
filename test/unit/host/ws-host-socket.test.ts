import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWsHost } from '../../../src/main/host/ws-host';
import type { WsHost } from '../../../src/main/host/ws-host';
import { createWebSocketTransport } from '../../../src/shared/contract/create-websocket-transport';
import { WS_CLOSE_UNAUTHORIZED } from '../../../src/shared/contract/ws-protocol';
import { createFakeAppContext } from './fake-app-context';
import type { FakeAppContext } from './fake-app-context';
import { openRawSocket } from './open-raw-socket';

let context: FakeAppContext;
let host: WsHost;

beforeEach(async () => {
  context = createFakeAppContext();
  host = await createWsHost({
    context,
    authTimeoutMs: 300,
    allowedOrigins: ['http://127.0.0.1:5173'],
  });
});

afterEach(async () => {
  await host.close();
});

const authed = async (): Promise<Awaited<ReturnType<typeof openRawSocket>>> => {
  const raw = await openRawSocket(host.wsUrl);
  raw.socket.send(JSON.stringify({ type: 'auth', token: host.token }));
  expect(await raw.next()).toEqual({ type: 'ready' });
  return raw;
};

describe('ws host', () => {
  it('listens on 127.0.0.1 with a random 32-byte hex token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('forwards invokes and correlates results', async () => {
    const transport = createWebSocketTransport({ url: host.wsUrl, token: host.token, WebSocket });
    const [a, b] = await Promise.all([
      transport.invoke('m.a', { x: 1 }),
      transport.invoke('m.b', 2),
    ]);
    expect(a).toEqual({ ok: true, value: { method: 'm.a', input: { x: 1 } } });
    expect(b).toEqual({ ok: true, value: { method: 'm.b', input: 2 } });
    transport.close();
  });

  it('turns a throwing dispatcher into an internal error', async () => {
    const transport = createWebSocketTransport({ url: host.wsUrl, token: host.token, WebSocket });
    const result = await transport.invoke('boom', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
    transport.close();
  });

  it('answers an unserialisable result with an internal error instead of hanging', async () => {
    const transport = createWebSocketTransport({ url: host.wsUrl, token: host.token, WebSocket });
    const result = await transport.invoke('bigint', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    transport.close();
  });

  it('refuses a wrong token with 4401 and the transport reports io_error in both languages', async () => {
    const transport = createWebSocketTransport({ url: host.wsUrl, token: 'nope', WebSocket });
    await expect(transport.ready).rejects.toThrow(/jeton invalide/);
    const result = await transport.invoke('m.a', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('io_error');
      expect(result.error.messageEn).toMatch(/invalid token/);
      expect(result.error.details?.closeCode).toBe(WS_CLOSE_UNAUTHORIZED);
    }
    expect(context.calls).toHaveLength(0);
  });

  it('closes a client that does not authenticate in time', async () => {
    const raw = await openRawSocket(host.wsUrl);
    expect(await raw.closed).toBe(WS_CLOSE_UNAUTHORIZED);
  });

  it('refuses an invoke before auth', async () => {
    const raw = await openRawSocket(host.wsUrl);
    raw.socket.send(JSON.stringify({ type: 'invoke', id: 1, method: 'm', input: null }));
    expect(await raw.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    expect(context.calls).toHaveLength(0);
  });

  it.each([
    ['not json', 'not json'],
    ['unknown type', JSON.stringify({ type: 'hello' })],
    ['bad id', JSON.stringify({ type: 'invoke', id: -1, method: 'm', input: null })],
    [
      'huge method',
      JSON.stringify({ type: 'invoke', id: 1, method: 'x'.repeat(500), input: null }),
    ],
    ['array', '[]'],
    ['null', 'null'],
  ])('closes on a malformed frame (%s) and keeps serving others', async (_label, frame) => {
    const bad = await authed();
    const good = await authed();
    bad.socket.send(frame);
    expect(await bad.closed).toBe(1007);
    good.socket.send(JSON.stringify({ type: 'invoke', id: 7, method: 'still', input: 'alive' }));
    expect(await good.next()).toMatchObject({ type: 'result', id: 7, result: { ok: true } });
    good.socket.close();
  });

  it('closes on a binary frame', async () => {
    const raw = await authed();
    raw.socket.send(Buffer.from([1, 2, 3]));
    expect(await raw.closed).toBe(1003);
  });

  it('closes on a frame over the size limit', async () => {
    const raw = await authed();
    raw.socket.send(
      JSON.stringify({ type: 'invoke', id: 1, method: 'm', input: 'x'.repeat(17 * 1024 * 1024) }),
    );
    expect(await raw.closed).toBe(1009);
  });

  it('broadcasts events to authenticated clients only', async () => {
    const listening = await authed();
    const stranger = await openRawSocket(host.wsUrl);
    context.emit({ name: 'project.closed', payload: {} });
    expect(await listening.next()).toEqual({ type: 'event', name: 'project.closed', payload: {} });
    expect(stranger.frames).toHaveLength(0);
    listening.socket.close();
  });

  it('delivers events to transport subscribers until they unsubscribe', async () => {
    const transport = createWebSocketTransport({ url: host.wsUrl, token: host.token, WebSocket });
    await transport.ready;
    const seen: string[] = [];
    const stop = transport.subscribe((event) => seen.push(event.name));
    context.emit({ name: 'project.closed', payload: {} });
    await transport.invoke('sync', null);
    stop();
    context.emit({ name: 'project.closed', payload: {} });
    await transport.invoke('sync', null);
    expect(seen).toEqual(['project.closed']);
    transport.close();
  });

  it('resolves pending calls with io_error when the host goes away', async () => {
    const slow = createFakeAppContext();
    slow.dispatch = () => new Promise(() => undefined);
    const other = await createWsHost({ context: slow });
    const transport = createWebSocketTransport({ url: other.wsUrl, token: other.token, WebSocket });
    await transport.ready;
    const pending = transport.invoke('never', null);
    await other.close();
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('io_error');
      expect(result.error.message).toMatch(/interrompue/);
    }
  });

  it.each([
    ['a foreign site', 'https://evil.example', false],
    ['another local port', 'http://127.0.0.1:1', false],
    ['the null origin', 'null', false],
    ['the configured dev server', 'http://127.0.0.1:5173', true],
  ])('checks the Origin: %s', async (_label, origin, allowed) => {
    const attempt = openRawSocket(host.wsUrl, origin);
    if (allowed) {
      (await attempt).socket.close();
    } else {
      await expect(attempt).rejects.toThrow(/HTTP 401/);
    }
  });

  it('accepts its own origin', async () => {
    const raw = await openRawSocket(host.wsUrl, `http://127.0.0.1:${host.port}`);
    raw.socket.close();
  });
});
