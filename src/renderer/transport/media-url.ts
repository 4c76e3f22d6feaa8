import { parseConnectionHash } from './parse-connection-hash';

/** Where the media of the open project are served from, decided once per window. */
type MediaBase = { kind: 'electron' } | { kind: 'http'; origin: string; token: string };

let cached: MediaBase | null = null;

const httpOriginOf = (wsUrl: string): string => {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.origin;
};

const mediaBase = (): MediaBase => {
  if (cached) return cached;
  if (window.atelier) {
    cached = { kind: 'electron' };
    return cached;
  }
  const { token, ws } = parseConnectionHash(window.location.hash);
  cached = {
    kind: 'http',
    // Under `npm run dev:web` the page comes from Vite and the core from the `ws=` host.
    origin: ws === null ? window.location.origin : httpOriginOf(ws),
    token: token ?? '',
  };
  return cached;
};

/**
 * The URL a medium (or its thumbnail) is shown from: `atelier-media://` in Electron, the
 * host's `/media/<id>` route (with the window's token) in a browser. Rich text stores only
 * the medium's id, so the same document works in both and in exports.
 */
export const mediaUrl = (mediaId: string, options: { thumbnail?: boolean } = {}): string => {
  const path = `media/${encodeURIComponent(mediaId)}${options.thumbnail === true ? '/thumbnail' : ''}`;
  const base = mediaBase();
  if (base.kind === 'electron') return `atelier-media://${path}`;
  return `${base.origin}/${path}?t=${encodeURIComponent(base.token)}`;
};

/**
 * The studio's preview page (`/preview/` of the host that serves the studio: the WebSocket
 * host in a browser, the app protocol in Electron), shown in a sandboxed frame.
 */
export const previewPageUrl = (): string => {
  const base = mediaBase();
  return base.kind === 'electron'
    ? `${window.location.origin}/preview/`
    : `${base.origin}/preview/`;
};
