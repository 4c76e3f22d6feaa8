import type { Media } from '../../../shared/domain/media';
import { MBZ_NULL } from './mbz-xml';

/** The SHA-1 of nothing: the content hash of the directory record every file area has. */
export const EMPTY_SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

/** Where a file lives in Moodle: its context, component, area and item. */
export interface FileArea {
  contextId: number;
  component: string;
  fileArea: string;
  itemId: number;
}

/** A `files.xml` record. `mediaId` is null for the directory record. */
export interface MbzFileRecord extends FileArea {
  id: number;
  contentHash: string;
  filePath: string;
  fileName: string;
  fileSize: number;
  mimeType: string | null;
  mediaId: string | null;
  author: string | null;
  license: string | null;
}

/** What the registry needs of a medium: its metadata and the SHA-1 of its bytes. */
export type MediaLookup = (mediaId: string) => { media: Media; sha1: string };

const areaKey = (a: FileArea): string => `${a.contextId}/${a.component}/${a.fileArea}/${a.itemId}`;

/**
 * The files of a backup being written: every medium a text, an activity or a question uses gets
 * a record in its file area, and each area gets its directory record (`.`), as Moodle writes
 * them (README §7). Ids are allocated in call order, so the same walk gives the same ids.
 */
export class MbzFiles {
  readonly #records: MbzFileRecord[] = [];
  readonly #byArea = new Map<string, MbzFileRecord[]>();
  #nextId: number;

  constructor(
    private readonly lookup: MediaLookup,
    firstId = 1,
  ) {
    this.#nextId = firstId;
  }

  /**
   * Adds a medium to an area under `fileName` (default: the medium's name) and returns the
   * ids of the records to list in the owner's inforef (the file's and, the first time, the
   * area directory's). Adding the same medium and name to the same area twice adds nothing.
   */
  add(area: FileArea, mediaId: string, fileName?: string, filePath = '/'): number[] {
    const { media, sha1 } = this.lookup(mediaId);
    const name = fileName ?? media.name;
    const key = areaKey(area);
    let inArea = this.#byArea.get(key);
    const added: number[] = [];
    if (inArea === undefined) {
      inArea = [];
      this.#byArea.set(key, inArea);
      const dir = this.#record(area, {
        contentHash: EMPTY_SHA1,
        filePath: '/',
        fileName: '.',
        fileSize: 0,
        mimeType: null,
        mediaId: null,
        author: null,
        license: null,
      });
      inArea.push(dir);
      added.push(dir.id);
    }
    if (!inArea.some((r) => r.fileName === name && r.filePath === filePath)) {
      const file = this.#record(area, {
        contentHash: sha1,
        filePath,
        fileName: name,
        fileSize: media.sizeBytes,
        mimeType: media.mime,
        mediaId,
        author: null,
        license: null,
      });
      inArea.push(file);
      added.push(file.id);
    }
    return added;
  }

  /** Every record id of an area (directory included), for an inforef; empty if none. */
  idsOf(area: FileArea): number[] {
    return (this.#byArea.get(areaKey(area)) ?? []).map((r) => r.id);
  }

  records(): readonly MbzFileRecord[] {
    return this.#records;
  }

  /** One blob per distinct content: `files/<sha1[0:2]>/<sha1>` → the medium holding it. */
  blobs(): Map<string, string> {
    const out = new Map<string, string>();
    for (const r of this.#records) {
      if (r.mediaId !== null && !out.has(r.contentHash)) out.set(r.contentHash, r.mediaId);
    }
    return out;
  }

  #record(area: FileArea, rest: Omit<MbzFileRecord, 'id' | keyof FileArea>): MbzFileRecord {
    const record = { id: this.#nextId, ...area, ...rest };
    this.#nextId += 1;
    this.#records.push(record);
    return record;
  }
}

/** A `files.xml` `<file>` element as Moodle writes it, for `buildMbzXml`. */
export const fileRecordXml = (r: MbzFileRecord, time: number) => ({
  '@_id': r.id,
  contenthash: r.contentHash,
  contextid: r.contextId,
  component: r.component,
  filearea: r.fileArea,
  itemid: r.itemId,
  filepath: r.filePath,
  filename: r.fileName,
  userid: MBZ_NULL,
  filesize: r.fileSize,
  mimetype: r.mimeType,
  status: 0,
  timecreated: time,
  timemodified: time,
  source: r.mediaId === null ? null : r.fileName,
  author: r.author,
  license: r.license,
  sortorder: 0,
  repositorytype: null,
  repositoryid: null,
  reference: null,
});
