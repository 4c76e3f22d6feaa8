import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/main/core/app-context';
import type { AppContext } from '../../src/main/core/app-context-api';
import { createWsHost } from '../../src/main/host/ws-host';
import type { WsHost } from '../../src/main/host/ws-host';

/** The host as `npm run dev:web -- --built` runs it: real core, static renderer, same port. */
let dir: string;
let context: AppContext;
let host: WsHost;

const get = (
  path: string,
): Promise<{ status: number; csp: string; nosniff: string; body: string }> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: host.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          csp: String(res.headers['content-security-policy']),
          nosniff: String(res.headers['x-content-type-options']),
          body,
        });
      });
    })
      .on('error', reject)
      .end();
  });

/** Resolves 'open' or the HTTP status the upgrade was refused with. */
const upgrade = (origin?: string): Promise<string> =>
  new Promise((resolve) => {
    const socket = new WebSocket(host.wsUrl, origin === undefined ? {} : { origin });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(String(res.statusCode));
    });
    socket.on('error', () => undefined);
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-host-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Atelier</title>');
  writeFileSync(join(dir, 'project-secret.txt'), 'SECRET');
  context = createAppContext({
    dataDir: join(dir, 'data'),
    defaultProjectDir: dir,
    snapshotIntervalMinutes: 0,
  });
  host = await createWsHost({ context, staticDir: join(dir, 'renderer') });
});

afterAll(async () => {
  await host.close();
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('WebSocket host security with the real core', () => {
  it('serves the renderer with a strict CSP and nosniff', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
    expect(page.csp).toContain("frame-ancestors 'none'");
    expect(page.nosniff).toBe('nosniff');
  });

  it('refuses to leave the static folder', async () => {
    for (const path of [
      '/../project-secret.txt',
      '/%2e%2e/project-secret.txt',
      '/..%2fproject-secret.txt',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('SECRET');
    }
  });

  it('checks the WebSocket Origin', async () => {
    expect(await upgrade()).toBe('open');
    expect(await upgrade(`http://127.0.0.1:${host.port}`)).toBe('open');
    expect(await upgrade('https://evil.example')).toBe('401');
    expect(await upgrade('http://127.0.0.1:9')).toBe('401');
  });
});
