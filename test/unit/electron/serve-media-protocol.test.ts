import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCore, type CoreHarness } from '../../support/core/core-harness';
import { fakeMp4, uploadBytes } from '../../support/core/media-bytes';

/** `protocol.handle` recorded; the handler is then called with real fetch Requests. */
let handler: ((request: Request) => Promise<Response>) | undefined;
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => {
      handler = fn;
    },
  },
}));

const { serveMediaProtocol } = await import('../../../src/main/electron/serve-media-protocol');

let core: CoreHarness;
let id: string;
const bytes = fakeMp4(3000);
beforeAll(async () => {
  core = startCore();
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
  id = (await uploadBytes(core.client, bytes, { name: 'v.mp4', mime: 'video/mp4' })).id;
  serveMediaProtocol(core.context, ['atelier-app://app']);
});
afterAll(async () => {
  await core.dispose();
});

const get = (url: string, referrer: string | null, headers: Record<string, string> = {}) => {
  if (!handler) throw new Error('protocol.handle was not called');
  return handler(
    new Request(url, { headers: { ...headers, ...(referrer ? { Referer: referrer } : {}) } }),
  );
};

describe('atelier-media:// protocol', () => {
  it('serves a medium to our pages with the media headers, and ranges with 206', async () => {
    const res = await get(`atelier-media://media/${id}`, 'atelier-app://app/index.html');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    // Page and media are different schemes: the handler names the checked page instead.
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('atelier-app://app');
    const part = await get(`atelier-media://media/${id}`, 'atelier-app://app/', {
      Range: 'bytes=10-19',
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);
  });

  it('refuses other origins, no origin, unknown paths and media', async () => {
    expect((await get(`atelier-media://media/${id}`, 'https://evil.example/')).status).toBe(403);
    expect((await get(`atelier-media://media/${id}`, null)).status).toBe(403);
    expect((await get(`atelier-media://other/${id}`, 'atelier-app://app/')).status).toBe(404);
    expect(
      (await get(`atelier-media://media/${'0'.repeat(64)}`, 'atelier-app://app/')).status,
    ).toBe(404);
    expect((await get(`atelier-media://media/${id}/thumbnail`, 'atelier-app://app/')).status).toBe(
      404,
    );
  });
});
