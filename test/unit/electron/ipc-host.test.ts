import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../src/main/core/app-context-api';
import type { EventEnvelope } from '../../../src/shared/contract/events';

/**
 * The Electron binary is absent here: `electron` is replaced by the two ipcMain functions
 * the IPC host uses, so the sender-frame rules can be tested on their own.
 */
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (
      channel: string,
      handler: (event: unknown, ...args: unknown[]) => Promise<unknown>,
    ) => {
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => {
      handlers.delete(channel);
    },
  },
}));

const { startIpcHost } = await import('../../../src/main/electron/ipc-host');

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

const makeWindow = (url: string) => {
  const mainFrame: FakeFrame = { url, parent: null };
  const sent: unknown[] = [];
  const webContents = {
    mainFrame,
    send: (_channel: string, payload: unknown) => {
      sent.push(payload);
    },
  };
  return { win: { webContents, isDestroyed: () => false }, mainFrame, sent };
};

let dispatched: string[];
let listeners: ((event: EventEnvelope) => void)[];
const context: AppContext = {
  dispatch: (method) => {
    dispatched.push(method);
    return Promise.resolve({ ok: true, value: method });
  },
  subscribe: (listener) => {
    listeners.push(listener);
    return () => undefined;
  },
  readMedia: () => Promise.resolve(null),
  readMediaThumbnail: () => Promise.resolve(null),
  jobWorkerWarmed: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

const ours = makeWindow('atelier-app://app/index.html');
const invoke = (event: unknown, method: unknown = 'app.info') => {
  const handler = handlers.get('atelier:invoke');
  if (!handler) throw new Error('no handler');
  return handler(event, method, {});
};

beforeEach(() => {
  dispatched = [];
  listeners = [];
  handlers.clear();
  startIpcHost({
    context,
    windows: () => [ours.win] as never,
    trustedOrigins: ['atelier-app://app'],
  });
});

describe('IPC host', () => {
  it('dispatches calls from the top frame of our window on our origin', async () => {
    expect(await invoke({ sender: ours.win.webContents, senderFrame: ours.mainFrame })).toEqual({
      ok: true,
      value: 'app.info',
    });
    expect(dispatched).toEqual(['app.info']);
  });

  it.each([
    [
      'a subframe',
      () => ({
        sender: ours.win.webContents,
        senderFrame: { url: 'atelier-app://app/x', parent: ours.mainFrame },
      }),
    ],
    ['a destroyed frame', () => ({ sender: ours.win.webContents, senderFrame: null })],
    [
      'another web contents',
      () => {
        const other = makeWindow('atelier-app://app/index.html');
        return { sender: other.win.webContents, senderFrame: other.mainFrame };
      },
    ],
    [
      'our window navigated elsewhere',
      () => {
        const moved = makeWindow('https://evil.example/');
        return { sender: moved.win.webContents, senderFrame: moved.mainFrame };
      },
    ],
  ])('refuses %s', async (_label, makeEvent) => {
    const result = await invoke(makeEvent());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatched).toEqual([]);
  });

  it('refuses a frame of our window whose URL is not our origin', async () => {
    ours.mainFrame.url = 'https://evil.example/';
    try {
      const result = await invoke({ sender: ours.win.webContents, senderFrame: ours.mainFrame });
      expect(result).toMatchObject({ ok: false });
    } finally {
      ours.mainFrame.url = 'atelier-app://app/index.html';
    }
  });

  it('refuses a non-string method', async () => {
    const result = await invoke(
      { sender: ours.win.webContents, senderFrame: ours.mainFrame },
      { toString: 1 },
    );
    expect(result).toMatchObject({ ok: false });
    expect(dispatched).toEqual([]);
  });

  it('forwards core events to our windows', () => {
    ours.sent.length = 0;
    for (const listener of listeners) listener({ name: 'project.closed', payload: {} });
    expect(ours.sent).toEqual([{ name: 'project.closed', payload: {} }]);
  });
});
