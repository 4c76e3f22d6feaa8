import type { RawData, WebSocket } from 'ws';
import type { AppContext } from '../core/app-context-api';
import type { Result } from '../../shared/contract/result';
import { clientFrameSchema, WS_CLOSE_UNAUTHORIZED } from '../../shared/contract/ws-protocol';
import type { ClientFrame, ServerFrame } from '../../shared/contract/ws-protocol';
import { tokensEqual } from './tokens-equal';

/** RFC 6455 close codes used below. */
const CLOSE_UNSUPPORTED_DATA = 1003;
const CLOSE_INVALID_PAYLOAD = 1007;

export interface WsClientOptions {
  context: AppContext;
  token: string;
  authTimeoutMs: number;
  /** Called once the client authenticated: from then on it receives events. */
  onAuthenticated: (socket: WebSocket) => void;
}

const send = (socket: WebSocket, frame: ServerFrame): void => {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
};

const internalError = (error: unknown): Result<unknown> => ({
  ok: false,
  error: {
    code: 'internal',
    message: 'Erreur interne du studio.',
    messageEn: 'Internal studio error.',
    details: { cause: error instanceof Error ? error.message : String(error) },
  },
});

/** A result that cannot be serialised still answers its id, so the caller never hangs. */
const sendResult = (socket: WebSocket, id: number, result: Result<unknown>): void => {
  try {
    send(socket, { type: 'result', id, result });
  } catch (error) {
    send(socket, { type: 'result', id, result: internalError(error) });
  }
};

const parseFrame = (data: RawData, isBinary: boolean): ClientFrame | null => {
  if (isBinary) return null;
  const bytes = Array.isArray(data)
    ? Buffer.concat(data)
    : Buffer.isBuffer(data)
      ? data
      : Buffer.from(new Uint8Array(data));
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = clientFrameSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/**
 * One WebSocket client's life: it must send a valid `auth` frame within `authTimeoutMs`,
 * then only `invoke` frames. Any malformed frame closes that connection (the client is
 * buggy or hostile); the host and the other clients carry on.
 */
export const attachWsClient = (socket: WebSocket, options: WsClientOptions): void => {
  let authenticated = false;
  const timer = setTimeout(() => {
    if (!authenticated) socket.close(WS_CLOSE_UNAUTHORIZED, 'auth timeout');
  }, options.authTimeoutMs);
  socket.on('close', () => {
    clearTimeout(timer);
  });
  socket.on('error', () => {
    socket.terminate();
  });

  socket.on('message', (data, isBinary) => {
    const frame = parseFrame(data, isBinary);
    if (frame === null) {
      socket.close(isBinary ? CLOSE_UNSUPPORTED_DATA : CLOSE_INVALID_PAYLOAD, 'malformed frame');
      return;
    }
    if (!authenticated) {
      if (frame.type !== 'auth' || !tokensEqual(frame.token, options.token)) {
        socket.close(WS_CLOSE_UNAUTHORIZED, 'unauthorized');
        return;
      }
      authenticated = true;
      clearTimeout(timer);
      options.onAuthenticated(socket);
      send(socket, { type: 'ready' });
      return;
    }
    if (frame.type !== 'invoke') {
      socket.close(CLOSE_INVALID_PAYLOAD, 'already authenticated');
      return;
    }
    const { id } = frame;
    options.context
      .dispatch(frame.method, frame.input)
      .catch(internalError)
      .then((result) => {
        sendResult(socket, id, result);
      })
      .catch(() => {
        // Sending failed: the socket is gone, there is no one left to tell.
      });
  });
};
