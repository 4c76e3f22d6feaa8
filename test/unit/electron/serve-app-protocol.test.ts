import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** `protocol.handle` recorded; the handler is then called with real fetch Requests. */
let handler: ((request: Request) => Promise<Response>) | undefined;
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => {
      handler = fn;
    },
  },
}));

const { serveAppProtocol } = await import('../../../src/main/electron/serve-app-protocol');

const dir = mkdtempSync(join(tmpdir(), 'atelier-protocol-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Atelier</title>');
writeFileSync(join(dir, 'secret.txt'), 'SECRET');
mkdirSync(join(dir, 'preview'));
writeFileSync(join(dir, 'preview', 'preview-site.js'), 'document.title = "aperçu";');
writeFileSync(join(dir, 'preview', 'preview-site.css'), 'body { margin: 0 }');
serveAppProtocol(join(dir, 'renderer'), join(dir, 'preview'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string): Promise<Response> => {
  if (!handler) throw new Error('protocol.handle was not called');
  return handler(new Request(url));
};

describe('atelier-app:// protocol', () => {
  it('serves index.html with the one renderer CSP', async () => {
    const res = await get('atelier-app://app/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: atelier-media: http://127.0.0.1:*; media-src 'self' blob: atelier-media: http://127.0.0.1:*; connect-src 'self' ws://127.0.0.1:*; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it.each([
    'atelier-app://app/../secret.txt',
    'atelier-app://app/%2e%2e/secret.txt',
    'atelier-app://app/..%2fsecret.txt',
    'atelier-app://other/index.html',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('serves the preview page with its own hash-only policy, framed by the studio only', async () => {
    const res = await get('atelier-app://app/preview/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("connect-src 'none'");
    const html = await res.text();
    expect(html).toContain('document.title = "aperçu";');
    expect(html).not.toContain('atelier-preview-model');
  });
});
