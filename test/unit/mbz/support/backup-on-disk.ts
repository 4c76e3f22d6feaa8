import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MbzBuild } from '../../../../src/main/formats/mbz/write-mbz';

/** Writes a built backup to a new temporary folder, as the archive would unpack it. */
export const backupOnDisk = (build: MbzBuild, blobPath: (mediaId: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-mbz-'));
  for (const entry of build.entries) {
    mkdirSync(dirname(join(dir, entry.path)), { recursive: true });
    writeFileSync(join(dir, entry.path), entry.content);
  }
  for (const blob of build.blobs) {
    mkdirSync(dirname(join(dir, blob.path)), { recursive: true });
    copyFileSync(blobPath(blob.mediaId), join(dir, blob.path));
  }
  return dir;
};
