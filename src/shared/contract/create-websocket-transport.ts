import type { AppErrorData } from './app-error';
import type { Result } from './result';
import type { Transport } from './transport';
import { serverFrameSchema, WS_CLOSE_UNAUTHORIZED } from './ws-protocol';

/**
 * The part of a WebSocket both the browser's class and the `ws` package's class provide.
 * Declared here so `src/shared` compiles without the DOM lib or Node types.
 */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onerror: Handler<unknown> | null;
}

/**
 * Method-style (bivariant) handler type: the browser's and `ws`'s event classes are richer
 * than what we read, and a plain function property would reject them under strictFunctionTypes.
 */
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WebSocketTransportOptions {
  /** `ws://127.0.0.1:PORT/ws`. */
  url: string;
  /** The host's random token (from `location.hash` in the browser). */
  token: string;
  /** The `ws` package's class in Node; the global `WebSocket` when omitted. */
  WebSocket?: WebSocketConstructor;
}

export type WebSocketTransport = Transport & {
  /** Closes the socket; pending calls resolve with an `io_error`. */
  close(): void;
  /** Resolves once the host accepted the token; rejects when the socket closes first. */
  ready: Promise<void>;
};

const OPEN = 1;

/**
 * Derived from `Transport` rather than imported from './events': the lint layer rule
 * mistakes that path for Node's `events` module.
 */
type EventListener = Parameters<Transport['subscribe']>[0];

const ioError = (
  message: string,
  messageEn: string,
  details?: Record<string, unknown>,
): AppErrorData => ({
  code: 'io_error',
  message,
  messageEn,
  ...(details ? { details } : {}),
});

const closedError = (code: number, reason: string): AppErrorData =>
  code === WS_CLOSE_UNAUTHORIZED
    ? ioError(
        'Connexion refusée par le studio : jeton invalide. Rouvrez l’adresse affichée au lancement.',
        'Connection refused by the studio: invalid token. Reopen the address printed at start-up.',
        { closeCode: code, reason },
      )
    : ioError(
        'La connexion au studio a été interrompue. Relancez-le puis rechargez la page.',
        'The connection to the studio was lost. Restart it, then reload the page.',
        { closeCode: code, reason },
      );

const resolveConstructor = (given: WebSocketConstructor | undefined): WebSocketConstructor => {
  if (given) return given;
  const fromGlobal = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!fromGlobal)
    throw new Error('No WebSocket class: pass one in the options (Node: the ws package).');
  return fromGlobal;
};

/**
 * A transport over the WebSocket host (`src/main/host/ws-host.ts`). Calls made before the
 * host said `ready` are queued and sent after authentication; a transport never throws for a
 * failure, it resolves `{ ok: false, error }` (here `io_error` when the socket is gone).
 */
export const createWebSocketTransport = (
  options: WebSocketTransportOptions,
): WebSocketTransport => {
  const Ctor = resolveConstructor(options.WebSocket);
  const socket = new Ctor(options.url);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<EventListener>();
  const queue: string[] = [];
  let nextId = 1;
  let authenticated = false;
  let closedWith: AppErrorData | null = null;

  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // A caller that only uses invoke() must not get an unhandled rejection from `ready`.
  ready.catch(() => undefined);

  const settleAll = (error: AppErrorData): void => {
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
    queue.length = 0;
  };

  socket.onopen = () => {
    socket.send(JSON.stringify({ type: 'auth', token: options.token }));
  };

  socket.onmessage = (message) => {
    // The host sends text frames only; browsers and `ws` (v8) both hand those over as strings.
    if (typeof message.data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = serverFrameSchema.safeParse(raw);
    if (!parsed.success) return;
    const frame = parsed.data;
    switch (frame.type) {
      case 'ready':
        authenticated = true;
        for (const queued of queue.splice(0)) socket.send(queued);
        markReady();
        return;
      case 'result': {
        const resolve = pending.get(frame.id);
        if (!resolve) return;
        pending.delete(frame.id);
        resolve(frame.result);
        return;
      }
      case 'event':
        // The name is not checked against the contract: a newer core may add events.
        for (const listener of listeners)
          listener(frame as unknown as Parameters<EventListener>[0]);
        return;
    }
  };

  socket.onerror = () => {
    // The close event follows with the code; settling happens there.
  };

  socket.onclose = (event) => {
    closedWith = closedError(event.code, event.reason);
    settleAll(closedWith);
    failReady(new Error(`${closedWith.message} / ${closedWith.messageEn}`));
  };

  return {
    ready,
    invoke(method, input) {
      if (closedWith) return Promise.resolve({ ok: false, error: closedWith });
      const id = nextId++;
      const frame = JSON.stringify({ type: 'invoke', id, method, input });
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        if (authenticated && socket.readyState === OPEN) socket.send(frame);
        else queue.push(frame);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      socket.close(1000, 'client closed');
    },
  };
};
