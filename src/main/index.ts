import { startElectronApp } from './electron/start-electron-app';

// Electron entry only: everything that touches Electron lives in src/main/electron.
startElectronApp();
