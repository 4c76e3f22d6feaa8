import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { AppContext } from '../core/app-context-api';
import { mediaHeaders } from './media-headers';
import { parseRangeHeader } from './parse-range-header';
import { tokensEqual } from './tokens-equal';

const SAME_SITE = { corp: 'same-site' } as const;

export interface MediaHandlerOptions {
  context: AppContext;
  token: string;
  /** The host's port, to check the Host header. */
  port: () => number;
}

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})(\/thumbnail)?$/;

const plain = (
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void => {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
};

/**
 * `GET /media/<id>` and `GET /media/<id>/thumbnail` of the open project, for `<img>` and
 * `<video>` in the browser build. Authorized by `?t=<host token>` (compared in constant
 * time; 403 otherwise): an element cannot send a header, and the page that knows the token
 * is the one that holds the WebSocket anyway. `Range` gives 206 for video seeking. Returns
 * false when the path is not a media path (the caller serves static files).
 */
export const createMediaHandler =
  (options: MediaHandlerOptions) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return false;
    }
    if (!url.pathname.startsWith('/media/')) return false;
    const port = options.port();
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      plain(res, 421, 'Misdirected request');
      return true;
    }
    if (!tokensEqual(url.searchParams.get('t') ?? '', options.token)) {
      plain(res, 403, 'Forbidden');
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return true;
    }
    const match = MEDIA_PATH.exec(url.pathname);
    const id = match?.[1];
    if (id === undefined) {
      plain(res, 404, 'Not found');
      return true;
    }
    if (match?.[2] !== undefined) {
      const png = await options.context.readMediaThumbnail(id);
      if (!png) {
        plain(res, 404, 'Not found');
        return true;
      }
      res.writeHead(200, {
        ...mediaHeaders({ mime: 'image/png', kind: 'image', name: 'thumbnail.png' }, SAME_SITE),
        'Content-Length': String(png.length),
      });
      res.end(req.method === 'HEAD' ? undefined : png);
      return true;
    }
    const range = parseRangeHeader(req.headers.range);
    const read = await options.context.readMedia(id, range ?? undefined);
    if (!read) {
      plain(res, 404, 'Not found');
      return true;
    }
    if (read.status === 'range-not-satisfiable') {
      plain(res, 416, 'Range not satisfiable', { 'Content-Range': `bytes */${String(read.size)}` });
      return true;
    }
    const length = read.range ? read.range.end - read.range.start + 1 : read.size;
    res.writeHead(read.range ? 206 : 200, {
      ...mediaHeaders(read, SAME_SITE),
      'Content-Length': String(length),
      ...(read.range
        ? {
            'Content-Range': `bytes ${String(read.range.start)}-${String(read.range.end)}/${String(read.size)}`,
          }
        : {}),
    });
    if (req.method === 'HEAD') {
      read.stream.destroy();
      res.end();
      return true;
    }
    try {
      await pipeline(read.stream, res);
    } catch {
      // The client went away or the project closed mid-stream: the socket is already torn down.
      res.destroy();
    }
    return true;
  };
