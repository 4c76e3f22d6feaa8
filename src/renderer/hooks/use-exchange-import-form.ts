import { useState } from 'react';
import type { ExchangeFormat } from '../../shared/domain/exchange';

/** The import form: a backup or a parcours folder, each with its own path. */
export const useExchangeImportForm = () => {
  const [format, setFormat] = useState<ExchangeFormat>('mbz');
  const [paths, setPaths] = useState<Record<ExchangeFormat, string>>({ mbz: '', folder: '' });
  const path = paths[format];
  return {
    format,
    path,
    setFormat,
    setPath: (value: string) => {
      setPaths((previous) => ({ ...previous, [format]: value }));
    },
    valid: path.trim() !== '',
  };
};
