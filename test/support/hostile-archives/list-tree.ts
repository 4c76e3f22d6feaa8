import { readdir } from 'node:fs/promises';

/** Every path under `root` (files, folders, links), relative, `/`-separated, sorted. */
export const listTree = async (root: string): Promise<string[]> => {
  const entries = await readdir(root, { recursive: true });
  return entries.map((entry) => entry.split('\\').join('/')).sort();
};
