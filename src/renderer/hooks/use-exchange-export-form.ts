import { useState } from 'react';
import type { z } from 'zod';
import type { ExportFormat, moodleTargetSchema } from '../../shared/domain/exchange';
import { suggestExportPath } from '../components/exchange/suggest-export-path';

export type MoodleTarget = z.infer<typeof moodleTargetSchema>;

/**
 * The export form. The destination follows the format (`….mbz` or a folder next to the
 * project) until the author types or picks one; each format keeps its own destination, so
 * switching back and forth does not lose what was typed.
 */
export const useExchangeExportForm = (projectPath: string, shortName: string) => {
  const [format, setFormat] = useState<ExportFormat>('mbz');
  const [moodle, setMoodle] = useState<MoodleTarget>('4.1');
  const [zip, setZip] = useState(false);
  const [customPaths, setCustomPaths] = useState<Record<ExportFormat, string | null>>({
    mbz: null,
    folder: null,
    review: null,
    'review-zip': null,
  });
  const path = customPaths[format] ?? suggestExportPath(projectPath, shortName, format);
  return {
    format,
    moodle,
    zip,
    path,
    setFormat,
    setMoodle,
    setZip,
    setPath: (value: string) => {
      setCustomPaths((previous) => ({ ...previous, [format]: value }));
    },
    valid: path.trim() !== '',
  };
};
