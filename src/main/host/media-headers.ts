import type { MediaKind } from '../../shared/domain/media';

/** Types a page may show inline; anything else (SVG, unknown bytes) is only downloaded. */
const INLINE =
  /^(image\/(png|jpeg|gif|webp)|video\/(mp4|webm|ogg|quicktime)|audio\/(mp4|mpeg|ogg|wav|webm|flac)|application\/pdf|text\/vtt)$/;

/** RFC 6266 filename*: the medium's name, percent-encoded (never trusted as a header value). */
const attachment = (name: string): string =>
  `attachment; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * Who may embed a medium. The WebSocket host answers pages of the same site (127.0.0.1, the
 * built renderer or the Vite dev server on another port). In Electron the page
 * (`atelier-app://`) and the media (`atelier-media://`) are different schemes, hence
 * cross-site: the protocol handler checks the requesting page itself and names it in
 * `Access-Control-Allow-Origin`, so a cropped vignette drawn on a canvas stays exportable.
 */
export type MediaEmbedding = { corp: 'same-site' } | { corp: 'cross-origin'; allowOrigin: string };

/**
 * Headers of every media answer, from the WebSocket host and the Electron protocol alike:
 * no sniffing, a sandboxing CSP (an HTML or SVG file opened directly runs nothing), embedding
 * limited as `embedding` says. SVG and unknown types go out as `application/octet-stream`
 * with `Content-Disposition: attachment`. Content-addressed bytes never change: cacheable.
 */
export const mediaHeaders = (
  media: { mime: string; kind: MediaKind; name: string },
  embedding: MediaEmbedding,
): Record<string, string> => {
  const inline = media.kind !== 'other' || media.mime === 'text/vtt';
  const safe = inline && INLINE.test(media.mime);
  return {
    'Content-Type': safe ? media.mime : 'application/octet-stream',
    ...(safe ? {} : { 'Content-Disposition': attachment(media.name) }),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cross-Origin-Resource-Policy': embedding.corp,
    ...('allowOrigin' in embedding
      ? { 'Access-Control-Allow-Origin': embedding.allowOrigin, Vary: 'Origin' }
      : {}),
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Accept-Ranges': 'bytes',
  };
};
