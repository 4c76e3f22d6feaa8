import { createHash } from 'node:crypto';
import type { RichText } from '../../../shared/domain/rich-text';
import type { FileArea } from './mbz-files';
import type { MoodleHtml } from './mbz-module';
import type { MoodleHtmlReader, ResolvedFile } from './moodle-html-read';
import { TEXT_FORMAT, textAsHtml } from './moodle-text-format';
import { writeMoodleHtml, type MoodleHtmlWriteDeps } from './moodle-html-write';

/** The text an imported text had, its Moodle format (1 HTML when absent), and its files. */
export interface HtmlSource {
  html: string;
  format?: number;
  files: {
    mediaId: string;
    filePath: string;
    fileName: string;
    author?: string | null;
    license?: string | null;
  }[];
}

/**
 * The imported HTML of an item's texts, by fingerprint of the rich text each became. Kept in
 * the item's `moodle` source (`html`): a text written back unedited is written as it was read,
 * byte for byte (widths, classes, markup the editor does not hold); an edited text is
 * generated from its rich text.
 */
export type HtmlMemo = Record<string, HtmlSource>;

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
};

/**
 * A short, stable fingerprint of a rich text: its JSON with keys sorted, so a document that
 * went through a schema parse or the database (which may reorder keys) keeps its fingerprint.
 */
export const richTextFingerprint = (doc: RichText): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(doc)))
    .digest('hex')
    .slice(0, 24);

/** What reading needs: the shared reader, the item's file resolution and notes. */
export interface MoodleHtmlReadSide {
  reader: MoodleHtmlReader;
  resolve: (area: FileArea, filePath: string, fileName: string) => ResolvedFile | null;
  note: (messageFr: string, messageEn: string) => void;
  onImage?: (mediaId: string, alt: string) => void;
}

const unavailable = (): never => {
  throw new Error('MoodleHtml: this side was not given');
};

/** `MoodleHtml`, plus what the container needs for texts that carry their own format. */
export interface ItemHtml extends MoodleHtml {
  /** Reads a text in any Moodle format (`intro` + `introformat`); the memo keeps both. */
  readText(text: string, format: number, area: FileArea): RichText;
  /** Writes a text as imported, in its own format, when unedited; else as generated HTML. */
  writeText(
    doc: RichText | null,
    area: FileArea,
  ): { html: string; format: number; fileIds: number[] };
}

/**
 * The `MoodleHtml` of one item (course, section or activity): `read` fills `memo` with each
 * text's source, `write` writes a text found in `memo` as it was imported (if its files can
 * keep their names), otherwise generates it (`moodle-html-write.ts`).
 */
export const createMoodleHtml = (sides: {
  write?: MoodleHtmlWriteDeps;
  read?: MoodleHtmlReadSide;
  memo: HtmlMemo;
}): ItemHtml => {
  const fromMemo = (doc: RichText, area: FileArea, anyFormat: boolean) => {
    const deps = sides.write ?? unavailable();
    const source = sides.memo[richTextFingerprint(doc)];
    if (
      source === undefined ||
      (!anyFormat && (source.format ?? TEXT_FORMAT.html) !== TEXT_FORMAT.html)
    )
      return null;
    const keepable = source.files.every(
      (f) =>
        deps.media(f.mediaId) !== undefined &&
        !deps.files.isTaken(area, f.fileName, f.filePath, f.mediaId),
    );
    if (!keepable) return null;
    for (const f of source.files) {
      if (f.filePath !== '/') deps.files.addDirectory(area, f.filePath);
      deps.files.add(area, f.mediaId, f.fileName, f.filePath, {
        author: f.author ?? null,
        license: f.license ?? null,
      });
    }
    return {
      html: source.html,
      format: source.format ?? TEXT_FORMAT.html,
      fileIds: deps.files.idsOf(area),
    };
  };
  const item: ItemHtml = {
    write(doc, area) {
      const deps = sides.write ?? unavailable();
      if (doc === null) return { html: '', fileIds: [] };
      const kept = fromMemo(doc, area, false);
      return kept === null
        ? writeMoodleHtml(doc, area, deps)
        : { html: kept.html, fileIds: kept.fileIds };
    },
    writeText(doc, area) {
      const deps = sides.write ?? unavailable();
      if (doc === null) return { html: '', format: TEXT_FORMAT.html, fileIds: [] };
      return (
        fromMemo(doc, area, true) ?? {
          ...writeMoodleHtml(doc, area, deps),
          format: TEXT_FORMAT.html,
        }
      );
    },
    readText(text, format, area) {
      const doc = item.read(textAsHtml(text, format), area);
      const entry = text.trim() === '' ? undefined : sides.memo[richTextFingerprint(doc)];
      if (entry !== undefined && format !== TEXT_FORMAT.html)
        Object.assign(entry, { html: text, format });
      return doc;
    },
    read(html, area) {
      const side = sides.read ?? unavailable();
      const files: HtmlSource['files'] = [];
      const doc = side.reader.read(html, {
        resolve: (filePath, fileName) => {
          const found = side.resolve(area, filePath, fileName);
          if (found !== null) {
            const { mediaId, author, license } = found;
            files.push({
              mediaId,
              filePath,
              fileName,
              author: author ?? null,
              license: license ?? null,
            });
          }
          return found;
        },
        note: side.note,
        ...(side.onImage === undefined ? {} : { onImage: side.onImage }),
      });
      if (html.trim() !== '') sides.memo[richTextFingerprint(doc)] = { html, files };
      return doc;
    },
  };
  return item;
};
