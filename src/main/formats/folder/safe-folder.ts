import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { folderErrors } from './folder-errors';
import { isDotName } from './folder-layout';
import { FOLDER_LIMITS } from './folder-limits';

/** An entry of the folder, its symbolic links resolved (inside the folder only). */
export interface FolderEntry {
  name: string;
  /** Relative to the root, with `/`: what messages show. */
  rel: string;
  /** The resolved path to open. */
  abs: string;
  kind: 'file' | 'dir' | 'other';
  size: number;
}

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Read access to a folder that may be hostile: every path is resolved and must stay inside the
 * root (a symbolic link that leaves it is refused), dotfiles are not listed, the number of
 * entries and the size of text files are bounded, text must be UTF-8.
 */
export class SafeFolder {
  #entries = 0;

  private constructor(readonly root: string) {}

  /** The folder at `dir`, or null when there is none. */
  static async open(dir: string): Promise<SafeFolder | null> {
    try {
      const root = await realpath(dir);
      return (await stat(root)).isDirectory() ? new SafeFolder(root) : null;
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return null;
      throw error;
    }
  }

  /** The entry at `rel`, or null when nothing is there. */
  async entry(rel: string): Promise<FolderEntry | null> {
    let abs: string;
    try {
      abs = await realpath(join(this.root, ...rel.split('/')));
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return null;
      if (code(error) === 'ELOOP') throw folderErrors.pathEscape(rel);
      throw error;
    }
    if (abs !== this.root && !abs.startsWith(this.root + sep)) throw folderErrors.pathEscape(rel);
    const stats = await stat(abs);
    const kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return { name, rel, abs, kind, size: stats.size };
  }

  /** The entries of the folder `rel` but dotfiles, sorted by name; [] when it does not exist. */
  async list(rel: string): Promise<FolderEntry[]> {
    const dir = await this.entry(rel);
    if (dir?.kind !== 'dir') return [];
    const names = (await readdir(dir.abs)).filter((name) => !isDotName(name)).sort();
    this.#entries += names.length;
    if (this.#entries > FOLDER_LIMITS.entries) {
      throw folderErrors.tooManyEntries(FOLDER_LIMITS.entries);
    }
    const entries: FolderEntry[] = [];
    for (const name of names) {
      const entry = await this.entry(`${rel}/${name}`);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  /** The UTF-8 text of a listed file (a leading byte order mark dropped). */
  async readText(file: FolderEntry): Promise<string> {
    if (file.size > FOLDER_LIMITS.jsonBytes) {
      throw folderErrors.tooLarge(file.rel, FOLDER_LIMITS.jsonBytes);
    }
    const bytes = await readFile(file.abs);
    if (bytes.length > FOLDER_LIMITS.jsonBytes) {
      throw folderErrors.tooLarge(file.rel, FOLDER_LIMITS.jsonBytes);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw folderErrors.badEncoding(file.rel);
    }
  }
}
