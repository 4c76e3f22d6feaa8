import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { AppContext } from '../core/app-context-api';
import type { Result } from '../../shared/contract/result';
import { IPC_EVENT, IPC_INVOKE } from './ipc-channels';

export interface IpcHostOptions {
  context: AppContext;
  /** The windows the app created; a message from anything else is refused. */
  windows: () => readonly BrowserWindow[];
  /** Origins allowed to call, `atelier-app://app` (and the Vite dev server when unpackaged). */
  trustedOrigins: readonly string[];
}

const refused: Result<unknown> = {
  ok: false,
  error: {
    code: 'invalid_input',
    message: 'Appel refusé : il ne vient pas d’une fenêtre du studio.',
    messageEn: 'Call refused: it does not come from a studio window.',
  },
};

/** `new URL().origin` is "null" for non-special schemes in Node, so build it by hand. */
const originOf = (raw: string): string | null => {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
};

const isTrustedSender = (event: IpcMainInvokeEvent, options: IpcHostOptions): boolean => {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const owner = options
    .windows()
    .find((win) => !win.isDestroyed() && win.webContents === event.sender);
  if (!owner || frame !== owner.webContents.mainFrame) return false;
  const origin = originOf(frame.url);
  return origin !== null && options.trustedOrigins.includes(origin);
};

/**
 * The Electron transport's main side: every invoke's sender frame is checked (top frame of
 * one of our windows, on our origin) before the dispatcher sees it; core events go to every
 * window. Returns a function that removes both.
 */
export const startIpcHost = (options: IpcHostOptions): (() => void) => {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, options)) return refused;
    if (typeof method !== 'string') return refused;
    return options.context.dispatch(method, input);
  });
  const unsubscribe = options.context.subscribe((envelope) => {
    for (const win of options.windows()) {
      if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, envelope);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    unsubscribe();
  };
};
