import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { projectFileFormat } from '../db/project-file-format';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Where a snapshot's copy goes when the user gives no path: beside the damaged project,
 * `<name> (récupéré YYYY-MM-DD HHhMM).atelier`, numbered if that name is taken.
 */
export const recoveredCopyPath = (snapshotPath: string, now: Date): string => {
  const folder = dirname(snapshotPath);
  const original = folder.endsWith('.snapshots')
    ? folder.slice(0, -'.snapshots'.length)
    : snapshotPath;
  const base = basename(original, projectFileFormat.extension);
  const stamp = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}h${pad(now.getMinutes())}`;
  const stem = join(dirname(original), `${base} (récupéré ${stamp})`);
  let candidate = `${stem}${projectFileFormat.extension}`;
  for (let n = 2; existsSync(candidate); n += 1)
    candidate = `${stem} ${String(n)}${projectFileFormat.extension}`;
  return candidate;
};
