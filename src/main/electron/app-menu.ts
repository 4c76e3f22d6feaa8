import { app, dialog, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { AppContext } from '../core/app-context-api';
import type { HostCapabilities } from '../core/host-capabilities';

type Dialogs = NonNullable<HostCapabilities['dialogs']>;

/**
 * Menu commands go through the dispatcher like the renderer's calls; the renderer learns
 * the result from the `project.opened` event, so the preload needs no extra channel.
 */
const runProjectCommand = async (
  context: AppContext,
  pickPath: () => Promise<string | null>,
  method: 'project.create' | 'project.open',
): Promise<void> => {
  const path = await pickPath();
  if (path === null) return;
  const result = await context.dispatch(method, { path });
  if (!result.ok) {
    dialog.showErrorBox('Atelier', `${result.error.message}\n\n${result.error.messageEn}`);
  }
};

const report = (promise: Promise<void>): void => {
  promise.catch((error: unknown) => {
    dialog.showErrorBox('Atelier', error instanceof Error ? error.message : String(error));
  });
};

/** The French application menu: Fichier (Nouveau projet, Ouvrir…, Quitter) and Édition. */
export const installAppMenu = (context: AppContext, dialogs: Dialogs): void => {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const, label: app.name }] : []),
    {
      label: 'Fichier',
      submenu: [
        {
          label: 'Nouveau projet',
          accelerator: 'CmdOrCtrl+N',
          click: () => {
            report(
              runProjectCommand(
                context,
                () => dialogs.saveProject('Nouveau projet'),
                'project.create',
              ),
            );
          },
        },
        {
          label: 'Ouvrir…',
          accelerator: 'CmdOrCtrl+O',
          click: () => {
            report(runProjectCommand(context, () => dialogs.openProject(), 'project.open'));
          },
        },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};
