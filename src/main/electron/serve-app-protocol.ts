import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { previewShellHtml, readPreviewSite } from '../formats/review/review-package-html';
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

/** `/preview/`: the studio's preview page, as the WebSocket host serves it (create-preview-handler.ts). */
const previewPage = async (previewDir: string): Promise<Response> => {
  const { html, csp } = previewShellHtml(await readPreviewSite(previewDir));
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
};

/**
 * Serves the built renderer on `atelier-app://app/…` with the same path containment as the
 * WebSocket host (shared `resolveStaticPath`) and the CSP on every answer, and the preview
 * page at `/preview/` (shown in a sandboxed frame).
 */
export const serveAppProtocol = (rendererDir: string, previewDir: string): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', {
        status: 404,
        headers: headers('text/plain; charset=utf-8'),
      });
    }
    if (url.pathname === '/preview/' || url.pathname === '/preview') {
      return previewPage(previewDir).catch(
        () =>
          new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') }),
      );
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
