import { WebSocket } from 'ws';

export interface RawSocket {
  socket: WebSocket;
  /** Resolves with the close code. */
  closed: Promise<number>;
  /** Text frames received so far, parsed. */
  frames: unknown[];
  /** Resolves with the next frame. */
  next(): Promise<unknown>;
}

/** A bare `ws` client, to send frames the real transport never would. */
export const openRawSocket = (url: string, origin?: string): Promise<RawSocket> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    const frames: unknown[] = [];
    const waiters: ((frame: unknown) => void)[] = [];
    const closed = new Promise<number>((done) => {
      socket.on('close', (code) => {
        done(code);
      });
    });
    socket.on('message', (data: Buffer) => {
      const frame: unknown = JSON.parse(data.toString('utf8'));
      frames.push(frame);
      waiters.shift()?.(frame);
    });
    socket.on('open', () => {
      resolve({
        socket,
        closed,
        frames,
        next: () =>
          new Promise((done) => {
            waiters.push(done);
          }),
      });
    });
    socket.on('unexpected-response', (_req, res) => {
      reject(new Error(`HTTP ${res.statusCode ?? 0}`));
    });
    socket.on('error', reject);
  });
