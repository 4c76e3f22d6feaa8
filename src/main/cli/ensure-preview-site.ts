import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

/** The repository's built preview site, which `npm run build` writes. */
export const PREVIEW_SITE_DIR = join(REPO, 'out', 'preview');

/**
 * The CLI runs from the sources: a review package needs the built preview site, so it is
 * built once here when missing (`npm run build` builds it too), with a line on stderr.
 */
export const ensurePreviewSite = (log: (line: string) => void): void => {
  if (existsSync(join(PREVIEW_SITE_DIR, 'preview-site.js'))) return;
  log('Construction du site d’aperçu (une fois) / Building the preview site (once)…');
  execFileSync(
    process.execPath,
    [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'vite.preview.config.ts'],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
};
