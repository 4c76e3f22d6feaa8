import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWsHost, type WsHost } from '../../../src/main/host/ws-host';
import { createFakeAppContext } from './fake-app-context';
import { httpGet } from './http-get';

let dir: string;
let host: WsHost;
let bare: WsHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-preview-host-'));
  mkdirSync(join(dir, 'preview'));
  writeFileSync(join(dir, 'preview', 'preview-site.js'), 'document.title = "aperçu";');
  writeFileSync(join(dir, 'preview', 'preview-site.css'), 'body{margin:0}');
  host = await createWsHost({
    context: createFakeAppContext(),
    previewSiteDir: join(dir, 'preview'),
  });
  bare = await createWsHost({
    context: createFakeAppContext(),
    previewSiteDir: join(dir, 'missing'),
  });
});

afterAll(async () => {
  await host.close();
  await bare.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ws host preview page', () => {
  it('serves the preview site without a model, under a hash-only policy only the studio may frame', async () => {
    const res = await httpGet(host.port, '/preview/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    for (const directive of ["default-src 'none'", "connect-src 'none'", "frame-ancestors 'self'"])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.body).toContain('document.title = "aperçu";');
    expect(res.body).not.toContain('atelier-preview-model');
  });

  it('refuses another Host (DNS rebinding) and says when the site is not built', async () => {
    expect((await httpGet(host.port, '/preview/', { host: 'evil.example' })).status).toBe(421);
    const missing = await httpGet(bare.port, '/preview/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('npm run build');
  });
});
