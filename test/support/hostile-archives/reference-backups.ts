import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared/reference/moodle, when that folder exists next to the repository. */
export const REFERENCE_MOODLE_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'moodle',
);

/** Every reference backup (Atelier's lab backups and Moodle's own fixtures). */
export const referenceBackups = (): { readonly file: string; readonly unpacked?: string }[] =>
  ['mbz', 'fixtures'].flatMap((folder) => {
    const dir = join(REFERENCE_MOODLE_DIR, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mbz'))
      .map((name) => {
        const unpacked = join(
          REFERENCE_MOODLE_DIR,
          `unpacked-${name.replace(/(-ZIP)?\.mbz$/u, '')}`,
        );
        return { file: join(dir, name), ...(existsSync(unpacked) ? { unpacked } : {}) };
      });
  });
