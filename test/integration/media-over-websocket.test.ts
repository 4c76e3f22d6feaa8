import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/main/core/app-context';
import type { AppContext } from '../../src/main/core/app-context-api';
import { createWsHost, type WsHost } from '../../src/main/host/ws-host';
import { createClient, type Client } from '../../src/shared/contract/create-client';
import {
  createWebSocketTransport,
  type WebSocketTransport,
} from '../../src/shared/contract/create-websocket-transport';
import { MEDIA_CHUNK_BYTES } from '../../src/shared/domain/media';
import { fakeMp4, fakePng, uploadBytes } from '../support/core/media-bytes';

/**
 * The media library the way the browser build uses it: chunks uploaded over the real
 * WebSocket host, bytes fetched back from its `/media` route with the token in the query.
 */
let dir: string;
let context: AppContext;
let host: WsHost;
let transport: WebSocketTransport;
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-media-ws-'));
  context = createAppContext({
    dataDir: join(dir, 'data'),
    defaultProjectDir: dir,
    snapshotIntervalMinutes: 0,
  });
  host = await createWsHost({ context });
  transport = createWebSocketTransport({ url: host.wsUrl, token: host.token, WebSocket });
  client = createClient(transport);
  await client.invoke('project.create', { path: join(dir, 'p.atelier') });
});

afterAll(async () => {
  transport.close();
  await host.close();
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetchMedia = (path: string, init: RequestInit = {}) => fetch(new URL(path, host.url), init);

describe('media over the WebSocket host', () => {
  it('uploads in chunks and serves the bytes back identical, with the security headers', async () => {
    const bytes = fakeMp4(2 * MEDIA_CHUNK_BYTES + 777);
    const media = await uploadBytes(client, bytes, { name: 'cours.mp4', mime: 'video/mp4' });
    const res = await fetchMedia(`/media/${media.id}?t=${host.token}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': String(bytes.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cross-origin-resource-policy': 'same-site',
      'accept-ranges': 'bytes',
    });
    expect(res.headers.get('content-disposition')).toBeNull();
  });

  it('answers ranges with 206 (video seeking) and impossible ones with 416', async () => {
    const bytes = fakeMp4(MEDIA_CHUNK_BYTES + 5000);
    const media = await uploadBytes(client, bytes, { name: 'seek.mp4', mime: 'video/mp4' });
    const url = `/media/${media.id}?t=${host.token}`;
    const start = MEDIA_CHUNK_BYTES - 100;
    const res = await fetchMedia(url, {
      headers: { Range: `bytes=${String(start)}-${String(start + 199)}` },
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(
      `bytes ${String(start)}-${String(start + 199)}/${String(bytes.length)}`,
    );
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, start + 200))).toBe(
      true,
    );
    const tail = await fetchMedia(url, { headers: { Range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-10))).toBe(true);
    const open = await fetchMedia(url, {
      headers: { Range: `bytes=${String(bytes.length - 3)}-` },
    });
    expect((await open.arrayBuffer()).byteLength).toBe(3);
    const beyond = await fetchMedia(url, { headers: { Range: `bytes=${String(bytes.length)}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${String(bytes.length)}`);
  });

  it('refuses a missing or wrong token with 403, and unknown media with 404', async () => {
    const media = await uploadBytes(client, fakePng(3, 3), {
      name: 'a.png',
      mime: 'image/png',
      alt: 'A',
    });
    expect((await fetchMedia(`/media/${media.id}`)).status).toBe(403);
    expect((await fetchMedia(`/media/${media.id}?t=${'0'.repeat(64)}`)).status).toBe(403);
    expect((await fetchMedia(`/media/${media.id}/thumbnail?t=nope`)).status).toBe(403);
    expect((await fetchMedia(`/media/${'f'.repeat(64)}?t=${host.token}`)).status).toBe(404);
    expect((await fetchMedia(`/media/../index.html?t=${host.token}`)).status).toBe(404);
    const ok = await fetchMedia(`/media/${media.id}?t=${host.token}`);
    expect(ok.headers.get('content-type')).toBe('image/png');
  });

  it('serves thumbnails, and SVG or unknown bytes only as attachments', async () => {
    const image = await uploadBytes(client, fakePng(5, 5), {
      name: 'b.png',
      mime: 'image/png',
      alt: 'B',
    });
    expect((await fetchMedia(`/media/${image.id}/thumbnail?t=${host.token}`)).status).toBe(404);
    const png = fakePng(1, 1, 10);
    await client.invoke('media.setThumbnail', { id: image.id, pngBase64: png.toString('base64') });
    const thumb = await fetchMedia(`/media/${image.id}/thumbnail?t=${host.token}`);
    expect(thumb.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await thumb.arrayBuffer()).equals(png)).toBe(true);
    const svg = await uploadBytes(client, Buffer.from('<svg onload="alert(1)"></svg>'), {
      name: 'x".svg',
      mime: 'image/svg+xml',
    });
    const res = await fetchMedia(`/media/${svg.id}?t=${host.token}`);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''x%22.svg`);
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  });
});
