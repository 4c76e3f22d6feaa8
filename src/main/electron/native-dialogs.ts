import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { ExportFormat } from '../../shared/domain/exchange';
import type { HostCapabilities } from '../core/host-capabilities';

const FILTERS = [{ name: 'Projet Atelier', extensions: ['atelier'] }];
const BACKUP_FILTERS = [{ name: 'Sauvegarde Moodle', extensions: ['mbz'] }];

/** The file each export format writes (a folder export picks a folder instead). */
const EXPORT_FILES: Record<
  Exclude<ExportFormat, 'folder'>,
  { extension: string; title: string; filters: Electron.FileFilter[] }
> = {
  mbz: { extension: '.mbz', title: 'Exporter en sauvegarde Moodle', filters: BACKUP_FILTERS },
  review: {
    extension: '.html',
    title: 'Exporter le dossier de relecture',
    filters: [{ name: 'Page web', extensions: ['html'] }],
  },
  'review-zip': {
    extension: '.zip',
    title: 'Exporter le dossier de relecture (zip)',
    filters: [{ name: 'Archive zip', extensions: ['zip'] }],
  },
};

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
  async exportTarget(suggestedName, format) {
    const parent = BrowserWindow.getFocusedWindow();
    if (format === 'folder') {
      const options: Electron.OpenDialogOptions = {
        title: 'Exporter en dossier de parcours',
        defaultPath: defaultProjectDir,
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    const file = EXPORT_FILES[format];
    const name = suggestedName.endsWith(file.extension)
      ? suggestedName
      : `${suggestedName}${file.extension}`;
    const options: Electron.SaveDialogOptions = {
      title: file.title,
      defaultPath: join(defaultProjectDir, name),
      filters: file.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async importSource(format) {
    const options: Electron.OpenDialogOptions =
      format === 'folder'
        ? { title: 'Importer un dossier de parcours', properties: ['openDirectory'] }
        : {
            title: 'Importer une sauvegarde Moodle',
            filters: BACKUP_FILTERS,
            properties: ['openFile'],
          };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, { defaultPath: defaultProjectDir, ...options })
      : await dialog.showOpenDialog({ defaultPath: defaultProjectDir, ...options });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
});
