import type { ExportFormat } from '../../../shared/domain/exchange';
import { slugify } from '../../state/slugify';

/**
 * Where an export goes unless the author says otherwise: next to the project file, named
 * after the parcours' short name (`…/projets/lecture-c2.mbz`, the folder `…/lecture-c2`, the
 * review package `…/lecture-c2-relecture.html`),
 * with the separator the project's path already uses.
 */
export const suggestExportPath = (
  projectPath: string,
  shortName: string,
  format: ExportFormat,
): string => {
  const cut = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  const dir = cut >= 0 ? projectPath.slice(0, cut + 1) : '';
  const name = slugify(shortName, 'parcours');
  const extension = {
    mbz: '.mbz',
    folder: '',
    review: '-relecture.html',
    'review-zip': '-relecture.zip',
  };
  return `${dir}${name}${extension[format]}`;
};
