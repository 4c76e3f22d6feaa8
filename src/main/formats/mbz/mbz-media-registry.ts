import { statSync } from 'node:fs';
import type { Media, MediaKind } from '../../../shared/domain/media';
import type { StagedMedia } from '../parcours-document';
import type { FileArea, MbzFileRecord } from './mbz-files';
import type { MbzFolder } from './mbz-folder';
import type { ResolvedFile } from './moodle-html-read';
import { mbz } from './mbz-tree';

const kindOf = (mime: string): MediaKind => {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  return mime === 'application/pdf' ? 'pdf' : 'other';
};

const areaKey = (a: FileArea): string => `${a.contextId}/${a.component}/${a.fileArea}/${a.itemId}`;

const blobPath = (hash: string): string => `files/${hash.slice(0, 2)}/${hash}`;

const isoOf = (seconds: number): string => {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
};

/**
 * The files of a backup being read: every `files.xml` record, each file's blob hashed (sha256,
 * the media library's id) once per content. A medium is described the first time a text, an
 * activity or a question uses it; the document keeps the media it refers to (`mediaIn`).
 */
export class MbzMediaRegistry {
  readonly #byArea = new Map<string, MbzFileRecord[]>();
  readonly #byContext = new Map<number, MbzFileRecord[]>();
  readonly #times = new Map<number, number>();
  readonly #media = new Map<string, { media: Media; path: string }>();

  private constructor(
    private readonly folder: MbzFolder,
    records: MbzFileRecord[],
    times: Map<number, number>,
  ) {
    this.#times = times;
    const push = <K>(map: Map<K, MbzFileRecord[]>, key: K, r: MbzFileRecord): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [r]);
      else list.push(r);
    };
    for (const r of records) {
      push(this.#byArea, areaKey(r), r);
      push(this.#byContext, r.contextId, r);
    }
  }

  /** Reads `files.xml` and hashes every blob present (each distinct content once). */
  static async load(
    folder: MbzFolder,
    hashFile: (path: string) => Promise<string> | string,
  ): Promise<MbzMediaRegistry> {
    const files = mbz.list(folder.requireXml('files.xml', 'files'), 'file');
    const hashes = new Map<string, string | null>();
    const times = new Map<number, number>();
    const records: MbzFileRecord[] = [];
    for (const f of files) {
      const contentHash = mbz.str(f, 'contenthash');
      const fileName = mbz.str(f, 'filename');
      let mediaId: string | null = null;
      if (fileName !== '.' && /^[0-9a-f]{40}$/.test(contentHash)) {
        if (!hashes.has(contentHash)) {
          const rel = blobPath(contentHash);
          hashes.set(contentHash, folder.isFile(rel) ? await hashFile(folder.path(rel)) : null);
        }
        mediaId = hashes.get(contentHash) ?? null;
      }
      const id = mbz.id(f);
      times.set(id, mbz.int(f, 'timecreated'));
      records.push({
        id,
        contentHash,
        contextId: mbz.int(f, 'contextid'),
        component: mbz.str(f, 'component'),
        fileArea: mbz.str(f, 'filearea'),
        itemId: mbz.int(f, 'itemid'),
        filePath: mbz.str(f, 'filepath') || '/',
        fileName,
        fileSize: mbz.int(f, 'filesize'),
        mimeType: mbz.text(f, 'mimetype'),
        mediaId,
        author: mbz.text(f, 'author'),
        license: mbz.text(f, 'license'),
        sortOrder: mbz.int(f, 'sortorder'),
      });
    }
    return new MbzMediaRegistry(folder, records, times);
  }

  /** The records of a context (directories included), in `files.xml` order. */
  inContext(contextId: number): MbzFileRecord[] {
    return this.#byContext.get(contextId) ?? [];
  }

  /** The records of an area (directories included). */
  inArea(area: FileArea): MbzFileRecord[] {
    return this.#byArea.get(areaKey(area)) ?? [];
  }

  /** The medium of a file, described now if it is the first use; null without a blob. */
  resolve(area: FileArea, filePath: string, fileName: string): ResolvedFile | null {
    const record = this.inArea(area).find(
      (r) => r.filePath === filePath && r.fileName === fileName,
    );
    return record === undefined ? null : this.use(record);
  }

  /** The medium of a record, described now if it is the first use; null without a blob. */
  use(record: MbzFileRecord): ResolvedFile | null {
    if (record.mediaId === null) return null;
    const { author, license } = record;
    const known = this.#media.get(record.mediaId);
    if (known !== undefined) {
      // The first use that states them gives the medium its credits.
      if (known.media.author === '' && author) known.media = { ...known.media, author };
      if (known.media.licence === '' && license) known.media = { ...known.media, licence: license };
      return { mediaId: known.media.id, kind: known.media.kind, author, license };
    }
    const mime = record.mimeType ?? 'application/octet-stream';
    const path = this.folder.path(blobPath(record.contentHash));
    const media: Media = {
      id: record.mediaId,
      name: record.fileName.slice(0, 255),
      mime,
      kind: kindOf(mime),
      sizeBytes: statSync(path).size,
      width: null,
      height: null,
      alt: '',
      decorative: false,
      captionsMediaId: null,
      hasThumbnail: false,
      createdAt: isoOf(this.#times.get(record.id) ?? 0),
      author: (author ?? '').slice(0, 255),
      licence: (license ?? '').slice(0, 100),
    };
    this.#media.set(media.id, { media, path });
    return { mediaId: media.id, kind: media.kind, author, license };
  }

  /** Gives an imported image the alt text of its first use, if it has none yet. */
  describe(mediaId: string, alt: string): void {
    const entry = this.#media.get(mediaId);
    if (entry !== undefined && entry.media.alt === '' && alt !== '') {
      entry.media = { ...entry.media, alt: alt.slice(0, 1000) };
    }
  }

  /** The media described so far whose id `json` mentions, sorted by id, with their blobs. */
  mediaIn(json: string): StagedMedia[] {
    return [...this.#media.values()]
      .filter(({ media }) => json.includes(media.id))
      .sort((a, b) => (a.media.id < b.media.id ? -1 : 1))
      .map(({ media, path }) => ({ media, path }));
  }
}
