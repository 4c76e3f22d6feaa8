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
  /** 1 marks a resource's main file; 0 otherwise. */
  sortOrder: number;
}

/**
 * What a record may carry beyond its medium: a resource's main-file mark, and the author and
 * licence this use had in the backup it came from (undefined: the medium's own).
 */
export interface MbzFileMeta {
  sortOrder?: number;
  author?: string | null;
  license?: string | null;
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
  add(
    area: FileArea,
    mediaId: string,
    fileName?: string,
    filePath = '/',
    meta: MbzFileMeta = {},
  ): number[] {
    const { media, sha1 } = this.lookup(mediaId);
    const name = fileName ?? media.name;
    const { records: inArea, created } = this.#area(area);
    const added = created === null ? [] : [created];
    if (!inArea.some((r) => r.fileName === name && r.filePath === filePath)) {
      const file = this.#record(area, {
        contentHash: sha1,
        filePath,
        fileName: name,
        fileSize: media.sizeBytes,
        mimeType: media.mime,
        mediaId,
        // A use that recorded its own (a text's file, read from a backup) keeps it; any other
        // use carries the medium's credits.
        author: meta.author !== undefined ? meta.author : media.author || null,
        license: meta.license !== undefined ? meta.license : media.licence || null,
        sortOrder: meta.sortOrder ?? 0,
      });
      inArea.push(file);
      added.push(file.id);
    }
    return added;
  }

  /**
   * Puts a medium in an area under a name no other medium of that area uses (`fileName`, or
   * `name-2.ext`, `name-3.ext`…) and returns that name: what a text links to. The same medium
   * placed twice keeps its first name.
   */
  place(area: FileArea, mediaId: string, fileName?: string, filePath = '/'): string {
    const wanted = fileName ?? this.lookup(mediaId).media.name;
    const inArea = this.#area(area).records;
    const same = inArea.find((r) => r.mediaId === mediaId && r.filePath === filePath);
    if (same !== undefined) return same.fileName;
    let name = wanted;
    for (let n = 2; inArea.some((r) => r.fileName === name && r.filePath === filePath); n += 1) {
      const dot = wanted.lastIndexOf('.');
      name = dot > 0 ? `${wanted.slice(0, dot)}-${n}${wanted.slice(dot)}` : `${wanted}-${n}`;
    }
    this.add(area, mediaId, name, filePath);
    return name;
  }

  /**
   * Adds the directory record of a sub-folder (`/docs/`) to an area, as Moodle lists one for
   * each folder of a file tree; returns the new record ids (none if it is already there).
   */
  addDirectory(area: FileArea, filePath: string): number[] {
    const { records: inArea, created } = this.#area(area);
    const added = created === null ? [] : [created];
    if (!inArea.some((r) => r.fileName === '.' && r.filePath === filePath)) {
      const dir = this.#record(area, {
        contentHash: EMPTY_SHA1,
        filePath,
        fileName: '.',
        fileSize: 0,
        mimeType: null,
        mediaId: null,
        author: null,
        license: null,
        sortOrder: 0,
      });
      inArea.push(dir);
      added.push(dir.id);
    }
    return added;
  }

  /** Whether another medium already uses this name in the area. */
  isTaken(area: FileArea, fileName: string, filePath: string, mediaId: string): boolean {
    const records = this.#byArea.get(areaKey(area)) ?? [];
    return records.some(
      (r) => r.fileName === fileName && r.filePath === filePath && r.mediaId !== mediaId,
    );
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

  /** The records of an area, and the id of its directory record if this call created it. */
  #area(area: FileArea): { records: MbzFileRecord[]; created: number | null } {
    const key = areaKey(area);
    const existing = this.#byArea.get(key);
    if (existing !== undefined) return { records: existing, created: null };
    const dir = this.#record(area, {
      contentHash: EMPTY_SHA1,
      filePath: '/',
      fileName: '.',
      fileSize: 0,
      mimeType: null,
      mediaId: null,
      author: null,
      license: null,
      sortOrder: 0,
    });
    const records = [dir];
    this.#byArea.set(key, records);
    return { records, created: dir.id };
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
  sortorder: r.sortOrder,
  repositorytype: null,
  repositoryid: null,
  reference: null,
});
