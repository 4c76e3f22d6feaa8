import { folderErrors } from './folder-errors';
import { FOLDER_FORMAT } from './folder-layout';

/**
 * Checks the text of a folder's `.atelier-folder`: it must name this format, in a version this
 * Atelier reads (a newer one is refused rather than misread or overwritten).
 */
export const checkMarker = (text: string): void => {
  let marker: unknown;
  try {
    marker = JSON.parse(text);
  } catch {
    throw folderErrors.badMarker();
  }
  if (typeof marker !== 'object' || marker === null) throw folderErrors.badMarker();
  const { format, version } = marker as { format?: unknown; version?: unknown };
  if (format !== FOLDER_FORMAT.format || typeof version !== 'number' || !(version >= 1)) {
    throw folderErrors.badMarker();
  }
  if (version > FOLDER_FORMAT.version) throw folderErrors.newerFormat(version);
};
