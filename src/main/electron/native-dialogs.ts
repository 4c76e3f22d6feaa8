import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { HostCapabilities } from '../core/host-capabilities';

const FILTERS = [{ name: 'Projet Atelier', extensions: ['atelier'] }];

type Dialogs = NonNullable<HostCapabilities['dialogs']>;

/** The OS file dialogs the core offers through `dialog.openProject` / `dialog.saveProject`. */
export const createNativeDialogs = (defaultProjectDir: string): Dialogs => ({
  async openProject() {
    const options: Electron.OpenDialogOptions = {
      title: 'Ouvrir un projet',
      defaultPath: defaultProjectDir,
      filters: FILTERS,
      properties: ['openFile'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async saveProject(suggestedName) {
    const name = suggestedName.endsWith('.atelier') ? suggestedName : `${suggestedName}.atelier`;
    const options: Electron.SaveDialogOptions = {
      title: 'Nouveau projet',
      defaultPath: join(defaultProjectDir, name),
      filters: FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
});
