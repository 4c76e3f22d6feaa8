import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { AppContext } from '../core/app-context-api';
import { WS_PATH } from '../../shared/contract/ws-protocol';
import { attachWsClient } from './attach-ws-client';
import { createMediaHandler } from './create-media-handler';
import { createPreviewHandler } from './create-preview-handler';
import { createStaticHandler } from './create-static-handler';
import { isAllowedOrigin } from './is-allowed-origin';

/** Frames above this are refused by `ws` itself (a 500 MB media goes through import jobs, not frames). */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;
const AUTH_TIMEOUT_MS = 5_000;
/** Loopback only: the host is a local development and test surface, never a server. */
const HOSTNAME = '127.0.0.1';

export interface WsHostOptions {
  context: AppContext;
  /** The built renderer to serve (`out/renderer`); no static files when absent. */
  staticDir?: string;
  /** The built preview site (`out/preview`), served at `/preview/`; none when absent. */
  previewSiteDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** A random 32-byte hex token when absent. */
  token?: string;
  /** Other origins allowed to open the WebSocket, e.g. the Vite dev server's. */
  allowedOrigins?: readonly string[];
  /** Shorter in tests. */
  authTimeoutMs?: number;
}

export interface WsHost {
  /** `http://127.0.0.1:PORT/`. */
  url: string;
  /** `ws://127.0.0.1:PORT/ws`. */
  wsUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the core's dispatcher over a WebSocket on 127.0.0.1 (tests, the browser build in
 * development, `atelier --connect`), and optionally the built renderer next to it.
 */
export const createWsHost = async (options: WsHostOptions): Promise<WsHost> => {
  const token = options.token ?? randomBytes(32).toString('hex');
  const extraOrigins = options.allowedOrigins ?? [];
  let port = 0;

  const staticHandler = options.staticDir
    ? createStaticHandler({ staticDir: options.staticDir, port: () => port })
    : null;
  const mediaHandler = createMediaHandler({ context: options.context, token, port: () => port });
  const previewHandler = options.previewSiteDir
    ? createPreviewHandler({ siteDir: options.previewSiteDir, port: () => port })
    : null;
  const serveStatic = (req: IncomingMessage, res: ServerResponse): void => {
    if (!staticHandler) {
      res.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end('Not found');
      return;
    }
    staticHandler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const server = createServer((req, res) => {
    mediaHandler(req, res)
      .then(async (handled) => handled || ((await previewHandler?.(req, res)) ?? false))
      .then(
        (handled) => {
          if (!handled) serveStatic(req, res);
        },
        () => {
          if (!res.headersSent) res.writeHead(500);
          res.end();
        },
      );
  });

  const authenticated = new Set<WebSocket>();
  const wss = new WebSocketServer({
    server,
    path: WS_PATH,
    maxPayload: MAX_FRAME_BYTES,
    verifyClient: (info: { origin?: string | undefined }) =>
      isAllowedOrigin(info.origin || undefined, port, extraOrigins),
  });
  wss.on('connection', (socket) => {
    socket.on('close', () => {
      authenticated.delete(socket);
    });
    attachWsClient(socket, {
      context: options.context,
      token,
      authTimeoutMs: options.authTimeoutMs ?? AUTH_TIMEOUT_MS,
      onAuthenticated: (client) => {
        authenticated.add(client);
      },
    });
  });
  // A listener error must not take the host down with it.
  wss.on('error', () => undefined);

  const unsubscribe = options.context.subscribe((event) => {
    const frame = JSON.stringify({ type: 'event', name: event.name, payload: event.payload });
    for (const client of authenticated) {
      if (client.readyState === client.OPEN) client.send(frame);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOSTNAME, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOSTNAME}:${port}/`,
    wsUrl: `ws://${HOSTNAME}:${port}${WS_PATH}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        wss.close(() => {
          resolve();
        });
      });
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
};
