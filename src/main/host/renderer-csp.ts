/**
 * The Content-Security-Policy every renderer page gets, from the WebSocket host and from the
 * Electron protocol alike, and the same as the meta tag of `index.html` (one policy, so a
 * page behaves the same in both). Media come from `atelier-media:` (Electron) or the host's
 * `/media` route on 127.0.0.1 (browser); the WebSocket is the browser build's transport,
 * Electron talks over IPC. 'unsafe-inline' styles stay because the editor
 * (tiptap/ProseMirror) sets style attributes.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: atelier-media: http://127.0.0.1:*",
  "media-src 'self' blob: atelier-media: http://127.0.0.1:*",
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
