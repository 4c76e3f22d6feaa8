/**
 * The Content-Security-Policy every renderer page gets, from the WebSocket host and from the
 * Electron protocol alike. Only `connect-src` differs: the browser build reaches the host's
 * WebSocket (possibly on another port in dev), Electron talks over IPC and needs only 'self'.
 * 'unsafe-inline' styles stay because the editor (tiptap/ProseMirror) sets style attributes.
 */
export const rendererCsp = (connectSrc: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
