import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWsHost } from '../../../src/main/host/ws-host';
import type { WsHost } from '../../../src/main/host/ws-host';
import { createFakeAppContext } from './fake-app-context';
import { httpGet } from './http-get';

let dir: string;
let host: WsHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-static-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Atelier</title>');
  writeFileSync(join(site, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(site, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'));
  host = await createWsHost({ context: createFakeAppContext(), staticDir: site });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ws host static files', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const res = await httpGet(host.port, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Atelier</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(res.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self' ws://127.0.0.1:*",
      "img-src 'self' data: blob: atelier-media: http://127.0.0.1:*",
      "media-src 'self' blob: atelier-media: http://127.0.0.1:*",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  it('gives each asset its content type', async () => {
    expect((await httpGet(host.port, '/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await httpGet(host.port, '/assets/app.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/link.txt',
    '/%E0%A4%A',
    '/assets',
  ])('refuses %s', async (path) => {
    const res = await httpGet(host.port, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await httpGet(host.port, '/', { Host: 'evil.example:80' });
    expect(res.status).toBe(421);
  });

  it('serves nothing without staticDir', async () => {
    const bare = await createWsHost({ context: createFakeAppContext() });
    try {
      expect((await httpGet(bare.port, '/')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
