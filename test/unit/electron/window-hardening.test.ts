import { describe, expect, it, vi } from 'vitest';

/**
 * What the studio window is created with, and what every web contents refuses, checked with
 * `electron` replaced by recorders (the binary is absent; the e2e-electron suite reads the
 * real web preferences where it exists).
 */
const created: Record<string, unknown>[] = [];
const appHandlers = new Map<string, (...args: unknown[]) => void>();
const opened: string[] = [];
const permissionHandlers: unknown[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {};
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    once(): void {
      // ready-to-show never fires here.
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  }
  const session = {
    setPermissionRequestHandler: (handler: unknown) => permissionHandlers.push(handler),
    setPermissionCheckHandler: (handler: unknown) => permissionHandlers.push(handler),
  };
  return {
    BrowserWindow,
    app: {
      on: (name: string, handler: (...args: unknown[]) => void) => {
        appHandlers.set(name, handler);
      },
    },
    session: { defaultSession: session },
    shell: {
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
  };
});

const { createMainWindow } = await import('../../../src/main/electron/create-main-window');
const { hardenAllWebContents } = await import('../../../src/main/electron/harden-web-contents');

describe('main window', () => {
  it('is sandboxed, isolated, without Node, with web security', async () => {
    await createMainWindow({
      preloadPath: '/out/preload/preload.cjs',
      url: 'atelier-app://app/index.html',
    });
    const prefs = created[0]?.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('web contents hardening', () => {
  hardenAllWebContents();
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners.set(name, listener);
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  appHandlers.get('web-contents-created')?.({}, contents);

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window and sends only http(s) links to the OS browser', () => {
    for (const url of [
      'https://eduscol.education.fr/',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
    ]) {
      expect(openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://eduscol.education.fr/', 'http://example.org/']);
  });

  it('refuses every permission request and check', () => {
    const [request, check] = permissionHandlers as [
      (c: unknown, p: string, cb: (granted: boolean) => void) => void,
      () => boolean,
    ];
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check()).toBe(false);
  });
});
