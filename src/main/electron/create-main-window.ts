import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  /** The built CommonJS preload (`out/preload/preload.cjs`). */
  preloadPath: string;
  /** `atelier-app://app/index.html`, or the Vite dev server in `electron-vite dev`. */
  url: string;
}

/**
 * The studio window. The renderer is untrusted as far as the main process is concerned
 * (it renders imported HTML): sandboxed, isolated, no Node, web security on.
 */
export const createMainWindow = async (options: MainWindowOptions): Promise<BrowserWindow> => {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Atelier',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click would open links in a new window, bypassing the click handlers.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  await win.loadURL(options.url);
  return win;
};
