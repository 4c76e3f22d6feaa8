import { folderErrors } from './folder-errors';

/** The kinds of entity whose ids must be unique in a parcours folder. */
export type IdKind = 'section' | 'activity' | 'category' | 'question' | 'media';

/**
 * The ids met while reading a folder and the file each came from: a second use of one (a file
 * copied by hand keeps its original's id) is refused, naming both files.
 */
export class IdLedger {
  readonly #files = new Map<string, string>();

  /** Records `id` as read from `file`; throws when another file has it. */
  claim(kind: IdKind, id: string, file: string, field = 'id'): void {
    const key = `${kind}:${id}`;
    const first = this.#files.get(key);
    if (first !== undefined) throw folderErrors.duplicateId(file, field, id, first);
    this.#files.set(key, file);
  }

  has(kind: IdKind, id: string): boolean {
    return this.#files.has(`${kind}:${id}`);
  }
}
