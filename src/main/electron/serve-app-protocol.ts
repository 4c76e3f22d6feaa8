import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf } from '../host/content-type';
import { RENDERER_CSP } from '../host/renderer-csp';
import { resolveStaticPath } from '../host/resolve-static-path';
import { APP_HOST, APP_SCHEME } from './app-scheme';

/** The one renderer policy (see renderer-csp.ts). */
const CSP = RENDERER_CSP;

const headers = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
});

/**
 * Serves the built renderer on `atelier-app://app/…` with the same path containment as the
 * WebSocket host (shared `resolveStaticPath`) and the CSP on every answer.
 */
export const serveAppProtocol = (rendererDir: string): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', {
        status: 404,
        headers: headers('text/plain; charset=utf-8'),
      });
    }
    const file = await resolveStaticPath(rendererDir, url.pathname);
    if (file === null) {
      return new Response('Not found', {
        status: 404,
        headers: headers('text/plain; charset=utf-8'),
      });
    }
    return new Response(await readFile(file), {
      status: 200,
      headers: headers(contentTypeOf(file)),
    });
  });
};
