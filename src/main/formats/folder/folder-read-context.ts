import type { z } from 'zod';
import { mediaIdsInJson } from '../../core/media/scan-media-usage';
import type { FolderProgress } from './folder-progress';
import { IdLedger } from './id-ledger';
import { parseFolderJson } from './parse-folder-json';
import type { FolderEntry, SafeFolder } from './safe-folder';

/** A media id a file refers to (an image, a file activity, a question file, captions…). */
export interface FolderMediaReference {
  file: string;
  mediaId: string;
}

/** What the readers of a folder's parts share: the folder, the ids met, progress, cancel. */
export class FolderReadContext {
  readonly ids = new IdLedger();
  readonly mediaReferences: FolderMediaReference[] = [];
  /** The file being read, for an i/o error's message. */
  current = '.';

  constructor(
    readonly folder: SafeFolder,
    readonly progress: FolderProgress,
    readonly signal?: AbortSignal,
  ) {}

  /** Reads and checks one JSON file; notes the media it refers to. */
  async parse<S extends z.ZodType>(file: FolderEntry, schema: S): Promise<z.output<S>> {
    this.signal?.throwIfAborted();
    this.current = file.rel;
    const value = parseFolderJson(file.rel, await this.folder.readText(file), schema);
    for (const mediaId of mediaIdsInJson(JSON.stringify(value))) {
      this.mediaReferences.push({ file: file.rel, mediaId });
    }
    this.progress.add(file.size);
    this.progress.report();
    return value;
  }
}
