import { useClient } from './use-client';

/** The host's file dialogs (Electron); the callers only offer them when `nativeDialogs`. */
export const useNativeDialogs = () => {
  const client = useClient();
  return {
    pickProjectToOpen: async (): Promise<string | null> =>
      (await client.invoke('dialog.openProject', {})).path,
    pickProjectToSave: async (suggestedName: string): Promise<string | null> =>
      (await client.invoke('dialog.saveProject', { suggestedName })).path,
  };
};
