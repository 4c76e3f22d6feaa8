import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createAppContext } from '../core/app-context';
import type { AppContext } from '../core/app-context-api';
import { installAppMenu } from './app-menu';
import { APP_ORIGIN, registerAppScheme } from './app-scheme';
import { createMainWindow } from './create-main-window';
import { hardenAllWebContents } from './harden-web-contents';
import { startIpcHost } from './ipc-host';
import { createNativeDialogs } from './native-dialogs';
import { serveAppProtocol } from './serve-app-protocol';
import { serveMediaProtocol } from './serve-media-protocol';

/** `out/main/` once built; the preload and the renderer sit next to it. */
const builtDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unpackaged runs load the Electron-ABI addon `scripts/prepare-electron-native.mjs` built,
 * since node_modules keeps the Node-ABI one for tests and the CLI; packaged apps carry an
 * addon electron-builder rebuilt, which better-sqlite3 finds by itself.
 */
const nativeBinding = (): string | undefined => {
  if (app.isPackaged) return undefined;
  const path = join(
    app.getAppPath(),
    '.electron-native',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  if (!existsSync(path)) {
    // Without it the first project open would fail with an ABI error far from the cause.
    throw new Error(
      'Module SQLite pour Electron absent : lancez « node scripts/prepare-electron-native.mjs » (ou npm start).\n' +
        'SQLite module for Electron missing: run "node scripts/prepare-electron-native.mjs" (or npm start).',
    );
  }
  return path;
};

/** The shipped gabarits: inside the app when packaged (electron-builder extraResources). */
const templatesDir = (): string =>
  app.isPackaged
    ? join(process.resourcesPath, 'templates')
    : join(app.getAppPath(), 'resources', 'templates');

/** electron-vite dev serves the renderer from Vite; only then is that origin trusted. */
const devRendererUrl = (): string | undefined =>
  app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

const openWindow = (windows: Set<BrowserWindow>): Promise<BrowserWindow> =>
  createMainWindow({
    preloadPath: join(builtDir, '..', 'preload', 'preload.cjs'),
    url: devRendererUrl() ?? `${APP_ORIGIN}/index.html`,
  }).then((win) => {
    windows.add(win);
    win.on('closed', () => windows.delete(win));
    return win;
  });

/** `app.getPath('documents')` throws on Linux sessions without XDG user folders. */
const documentsDir = (): string => {
  try {
    return app.getPath('documents');
  } catch {
    return join(homedir(), 'Documents');
  }
};

const whenReady = async (windows: Set<BrowserWindow>): Promise<AppContext> => {
  await app.whenReady();
  hardenAllWebContents();
  // Authors write French first: the spell checker follows.
  session.defaultSession.setSpellCheckerLanguages(['fr', 'en-US']);
  const defaultProjectDir = join(documentsDir(), 'Atelier');
  const dialogs = createNativeDialogs(defaultProjectDir);
  const context = createAppContext({
    dataDir: app.getPath('userData'),
    defaultProjectDir,
    nativeBinding: nativeBinding(),
    host: { dialogs },
    appVersion: app.getVersion(),
    templatesDir: templatesDir(),
    jobWorkerPath: join(builtDir, 'job-worker.js'),
    warmJobWorker: true,
    previewSiteDir: join(builtDir, '..', 'preview'),
  });
  serveAppProtocol(join(builtDir, '..', 'renderer'), join(builtDir, '..', 'preview'));
  const dev = devRendererUrl();
  const trustedOrigins = dev ? [APP_ORIGIN, new URL(dev).origin] : [APP_ORIGIN];
  serveMediaProtocol(context, trustedOrigins);
  startIpcHost({ context, windows: () => [...windows], trustedOrigins });
  installAppMenu(context, dialogs);
  await openWindow(windows);
  return context;
};

/**
 * The Electron entry: one instance per user (a second launch focuses the first), the
 * privileged scheme registered before `ready`, the core closed before quitting so the
 * project's lock is released and its WAL checkpointed.
 */
export const startElectronApp = (): void => {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  const windows = new Set<BrowserWindow>();

  app.on('second-instance', () => {
    const [first] = windows;
    if (!first) return;
    if (first.isMinimized()) first.restore();
    first.focus();
  });

  const ready = whenReady(windows);
  ready.catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'Atelier',
      `Le studio n’a pas pu démarrer.\n\nThe studio could not start.\n\n${detail}`,
    );
    app.exit(1);
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      ready.then(() => openWindow(windows)).catch(() => undefined);
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    ready
      .then((context) => context.close())
      .catch(() => undefined)
      .finally(() => {
        app.quit();
      });
  });
};
