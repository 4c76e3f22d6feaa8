import type { ExchangeFormat, ExportFormat } from '../../shared/domain/exchange';
import { useAppInfo } from './use-app-info';
import { useClient } from './use-client';

/**
 * The host's file dialogs for exports and imports. `native` is false in the browser host,
 * where the methods answer `unsupported`: the forms then offer only their path field.
 */
export const useExchangeDialogs = () => {
  const client = useClient();
  const info = useAppInfo();
  return {
    native: info.data?.nativeDialogs === true,
    pickExportTarget: async (suggestedName: string, format: ExportFormat) =>
      (await client.invoke('dialog.exportTarget', { suggestedName, format })).path,
    pickImportSource: async (format: ExchangeFormat) =>
      (await client.invoke('dialog.importSource', { format })).path,
  };
};
