import { Readable } from 'node:stream';
import { protocol } from 'electron';
import type { AppContext } from '../core/app-context-api';
import { mediaHeaders } from '../host/media-headers';
import { parseRangeHeader } from '../host/parse-range-header';
import { MEDIA_HOST, MEDIA_SCHEME } from './app-scheme';

const MEDIA_PATH = /^\/([0-9a-f]{64})(\/thumbnail)?$/;

const plain = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  });

/**
 * The page that asked, from the request's referrer (Chromium fills it for subresources;
 * `about:client` is the Fetch default when there is none) or its Referer header.
 */
const requesterOf = (request: Request): string | null => {
  for (const candidate of [request.referrer, request.headers.get('referer')]) {
    if (!candidate || candidate === 'about:client') continue;
    try {
      // Not `.origin`: for a non-special scheme such as atelier-app: it is the opaque "null".
      const url = new URL(candidate);
      return `${url.protocol}//${url.host}`;
    } catch {
      return null;
    }
  }
  return null;
};

/**
 * Serves `atelier-media://media/<id>` (with ranges, for video) and `…/<id>/thumbnail` from
 * the open project, with the same headers as the WebSocket host's `/media` route, and only
 * to our own pages (`trustedOrigins`: `atelier-app://app`, the dev server in development):
 * a preview or any other origin gets 403.
 */
export const serveMediaProtocol = (
  context: AppContext,
  trustedOrigins: readonly string[],
): void => {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    const url = new URL(request.url);
    const requester = requesterOf(request);
    if (requester === null || !trustedOrigins.includes(requester)) return plain(403, 'Forbidden');
    const embedding = { corp: 'cross-origin', allowOrigin: requester } as const;
    const match = url.host === MEDIA_HOST ? MEDIA_PATH.exec(url.pathname) : null;
    const id = match?.[1];
    if (request.method !== 'GET' || id === undefined) return plain(404, 'Not found');
    if (match?.[2] !== undefined) {
      const png = await context.readMediaThumbnail(id);
      return png
        ? new Response(new Uint8Array(png), {
            status: 200,
            headers: mediaHeaders(
              { mime: 'image/png', kind: 'image', name: 'thumbnail.png' },
              embedding,
            ),
          })
        : plain(404, 'Not found');
    }
    const range = parseRangeHeader(request.headers.get('range') ?? undefined);
    const read = await context.readMedia(id, range ?? undefined);
    if (!read) return plain(404, 'Not found');
    if (read.status === 'range-not-satisfiable') {
      return plain(416, 'Range not satisfiable', {
        'Content-Range': `bytes */${String(read.size)}`,
      });
    }
    const length = read.range ? read.range.end - read.range.start + 1 : read.size;
    return new Response(Readable.toWeb(read.stream) as ReadableStream<Uint8Array>, {
      status: read.range ? 206 : 200,
      headers: {
        ...mediaHeaders(read, embedding),
        'Content-Length': String(length),
        ...(read.range
          ? {
              'Content-Range': `bytes ${String(read.range.start)}-${String(read.range.end)}/${String(read.size)}`,
            }
          : {}),
      },
    });
  });
};
