import type { AtelierBridge } from '../../shared/contract/bridge';
import { createWebSocketTransport } from '../../shared/contract/create-websocket-transport';
import type { Transport } from '../../shared/contract/transport';
import { WS_PATH } from '../../shared/contract/ws-protocol';
import { parseConnectionHash } from './parse-connection-hash';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    atelier?: AtelierBridge;
  }
}

export type TransportChoice =
  | { ok: true; kind: 'electron' | 'websocket'; transport: Transport; ready: Promise<void> }
  | { ok: false; reason: 'no-transport' };

/**
 * Electron's bridge when the preload exposed it, else the WebSocket host whose token the
 * host put in the address (`#token=…`). Nothing else: without either, the UI cannot work.
 */
export const selectTransport = (win: Window): TransportChoice => {
  if (win.atelier) {
    return { ok: true, kind: 'electron', transport: win.atelier, ready: Promise.resolve() };
  }
  const { token, ws } = parseConnectionHash(win.location.hash);
  if (token === null) return { ok: false, reason: 'no-transport' };
  const url = ws ?? `ws://${win.location.host}${WS_PATH}`;
  const transport = createWebSocketTransport({ url, token });
  return { ok: true, kind: 'websocket', transport, ready: transport.ready };
};
