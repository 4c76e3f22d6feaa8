import type { Media } from '../../../shared/domain/media';
import type { RichText } from '../../../shared/domain/rich-text';
import { richTextHtml } from '../rich-text-html';
import type { FileArea, MbzFiles } from './mbz-files';
import { pluginfileUrl } from './pluginfile-url';

/** What writing a text needs: the backup's files, the document's media, a place for warnings. */
export interface MoodleHtmlWriteDeps {
  files: MbzFiles;
  media: (mediaId: string) => Media | undefined;
  warn: (messageFr: string, messageEn: string) => void;
}

/**
 * Rich text → the HTML Moodle stores. Each image, video or audio medium is placed in `area`
 * (under its name, made unique in the area) and linked as `@@PLUGINFILE@@/<encoded name>`;
 * a medium missing from the document is left out with a warning. Returns the HTML and the
 * records of the area, for the owner's inforef.
 */
export const writeMoodleHtml = (
  doc: RichText | null,
  area: FileArea,
  deps: MoodleHtmlWriteDeps,
): { html: string; fileIds: number[] } => {
  if (doc === null) return { html: '', fileIds: [] };
  const html = richTextHtml(doc, (mediaId) => {
    const media = deps.media(mediaId);
    if (media === undefined) {
      deps.warn(
        `Média ${mediaId.slice(0, 12)}… absent du parcours : retiré du texte.`,
        `Medium ${mediaId.slice(0, 12)}… is not in the parcours: left out of the text.`,
      );
      return null;
    }
    return { src: pluginfileUrl('/', deps.files.place(area, mediaId)), media };
  });
  return { html, fileIds: deps.files.idsOf(area) };
};
