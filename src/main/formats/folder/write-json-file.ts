import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { FOLDER_LAYOUT } from './folder-layout';

const sameContent = async (path: string, bytes: Buffer): Promise<boolean> => {
  try {
    const stats = await stat(path);
    return stats.isFile() && stats.size === bytes.length && bytes.equals(await readFile(path));
  } catch {
    return false;
  }
};

/**
 * Writes a text file of the folder unless it already holds these bytes (an unchanged file keeps
 * its date, so editors and Git see nothing). Written beside, then renamed: never half a file.
 */
export const writeJsonFile = async (path: string, text: string): Promise<void> => {
  const bytes = Buffer.from(text, 'utf8');
  if (await sameContent(path, bytes)) return;
  const temp = `${path}${FOLDER_LAYOUT.tempSuffix}`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
};
