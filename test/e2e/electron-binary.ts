import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const ELECTRON_MISSING_MESSAGE =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): e2e-electron skipped';

/** The Electron executable, or null when `npm ci` ran with ELECTRON_SKIP_BINARY_DOWNLOAD. */
export const electronBinary = (): string | null => {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // electron/index.js throws when its path.txt is missing: the binary was never fetched.
    return null;
  }
};
