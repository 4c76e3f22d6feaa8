import { AppError } from '../../../shared/contract/app-error';
import type { HostCapabilities } from '../host-capabilities';
import type { HandlerGroup } from './handler-types';

const dialogsOf = (host: HostCapabilities): NonNullable<HostCapabilities['dialogs']> => {
  if (!host.dialogs) {
    throw new AppError(
      'unsupported',
      'Les boîtes de dialogue ne sont pas disponibles ici : saisissez le chemin du fichier.',
      'File dialogs are not available here: type the file path.',
    );
  }
  return host.dialogs;
};

export const dialogHandlers = {
  'dialog.openProject': async (_input, context) => ({
    path: await dialogsOf(context.host).openProject(),
  }),
  'dialog.saveProject': async (input, context) => ({
    path: await dialogsOf(context.host).saveProject(input.suggestedName),
  }),
  'dialog.exportTarget': async (input, context) => ({
    path: await dialogsOf(context.host).exportTarget(input.suggestedName, input.format),
  }),
  'dialog.importSource': async (input, context) => ({
    path: await dialogsOf(context.host).importSource(input.format),
  }),
} satisfies HandlerGroup<'dialog'>;
