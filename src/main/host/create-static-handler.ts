import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeOf } from './content-type';
import { RENDERER_CSP } from './renderer-csp';
import { resolveStaticPath } from './resolve-static-path';

export interface StaticHandlerOptions {
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** The host's port, to check the Host header. */
  port: () => number;
}

/** Headers every answer carries; the CSP is sent on all of them since any file can be opened. */
const securityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

const answer = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
};

/**
 * Serves the built renderer read-only. The Host header must name this loopback host: a
 * DNS-rebinding page (evil.example resolving to 127.0.0.1) gets 421 and never reads a file.
 */
export const createStaticHandler =
  (options: StaticHandlerOptions) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const port = options.port();
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      answer(res, 421, 'Misdirected request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      answer(res, 405, 'Method not allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      answer(res, 400, 'Bad request');
      return;
    }
    const file = await resolveStaticPath(options.staticDir, pathname);
    if (file === null) {
      answer(res, 404, 'Not found');
      return;
    }
    const type = contentTypeOf(file);
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': type,
      // The entry HTML changes with each build; hashed assets could be cached but the
      // loopback host gains nothing from it.
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
