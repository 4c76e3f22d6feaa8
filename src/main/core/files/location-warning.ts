import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const cloudSegments = [
  'dropbox',
  'onedrive',
  'google drive',
  'googledrive',
  'my drive',
  'mon drive',
  'icloud drive',
  'iclouddrive',
  'mobile documents',
  'cloudstorage',
  'nextcloud',
];
const networkTypes = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'sshfs',
  'afpfs',
  '9p',
]);

const isCloudSegment = (segment: string): boolean => {
  const lower = segment.toLowerCase();
  // "OneDrive - Académie de Lyon" and similar business folders start with the product name.
  return cloudSegments.some((name) => lower === name || lower.startsWith(`${name} -`));
};

/** The file system type of the mount that holds `path`, from /proc/mounts text. */
const mountTypeOf = (path: string, mounts: string): string | null => {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    const point = rawPoint.replace(/\\040/g, ' ');
    const inside = path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
};

const readMounts = (): string => {
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return '';
  }
};

/**
 * Why a project file sits where WAL is unsafe (a cloud-synced folder copies the file while
 * SQLite writes it; network file systems break the shared-memory locking WAL relies on),
 * or null. `mounts` is /proc/mounts text, read on Linux when not given.
 */
export const locationWarning = (path: string, mounts: string = readMounts()): string | null => {
  const absolute = resolve(path);
  const segments = absolute.split(/[\\/]/);
  if (segments.some(isCloudSegment)) {
    return 'Ce projet est dans un dossier synchronisé (Dropbox, OneDrive, Google Drive, iCloud, Nextcloud…) : la synchronisation peut corrompre un fichier en cours d’écriture (mode WAL). Gardez le fichier sur un disque local et partagez des copies. — This project is in a cloud-synced folder, where WAL is unsafe: keep the file on a local disk.';
  }
  const unc = sep === '\\' && absolute.startsWith('\\\\');
  const type = mountTypeOf(absolute, mounts);
  if (unc || (type !== null && (networkTypes.has(type) || type.startsWith('fuse.')))) {
    return 'Ce projet est sur un disque réseau : le mode WAL de SQLite n’y est pas sûr et le fichier peut être corrompu. Copiez-le sur un disque local pour travailler. — This project is on a network file system, where WAL is unsafe: keep the file on a local disk.';
  }
  return null;
};
