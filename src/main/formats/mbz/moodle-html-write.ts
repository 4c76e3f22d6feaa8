import { generateHTML } from '@tiptap/html/server';
import type { Media } from '../../../shared/domain/media';
import type { RichText, RichTextNode } from '../../../shared/domain/rich-text';
import type { FileArea, MbzFiles } from './mbz-files';
import { moodleHtmlExtensions } from './moodle-html-extensions';
import { pluginfileUrl } from './pluginfile-url';

/** What writing a text needs: the backup's files, the document's media, a place for warnings. */
export interface MoodleHtmlWriteDeps {
  files: MbzFiles;
  media: (mediaId: string) => Media | undefined;
  warn: (messageFr: string, messageEn: string) => void;
}

let extensions: ReturnType<typeof moodleHtmlExtensions> | undefined;

const attr = (node: RichTextNode, name: string): unknown => node.attrs?.[name];

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
  const link = (mediaId: unknown): { src: string; media: Media } | null => {
    if (typeof mediaId !== 'string') return null;
    const media = deps.media(mediaId);
    if (media === undefined) {
      deps.warn(
        `Média ${mediaId.slice(0, 12)}… absent du parcours : retiré du texte.`,
        `Medium ${mediaId.slice(0, 12)}… is not in the parcours: left out of the text.`,
      );
      return null;
    }
    return { src: pluginfileUrl('/', deps.files.place(area, mediaId)), media };
  };
  const visit = (node: RichTextNode): RichTextNode | null => {
    if (node.type === 'image' || node.type === 'mediaEmbed') {
      const target = link(attr(node, 'mediaId'));
      if (target === null) return null;
      const captions = node.type === 'mediaEmbed' ? link(attr(node, 'captionsMediaId')) : null;
      const extra =
        node.type === 'image'
          ? { src: target.src }
          : {
              src: target.src,
              player: target.media.kind === 'audio' ? 'audio' : 'video',
              mime: target.media.mime,
              captionsSrc: captions?.src ?? '',
            };
      return { ...node, attrs: { ...node.attrs, ...extra } };
    }
    if (node.content === undefined) return node;
    const content = node.content.map(visit).filter((n): n is RichTextNode => n !== null);
    return { ...node, content };
  };
  const prepared = { ...doc, content: doc.content.map(visit).filter((n) => n !== null) };
  extensions ??= moodleHtmlExtensions();
  const html = generateHTML(prepared, extensions);
  return { html: html === '<p></p>' ? '' : html, fileIds: deps.files.idsOf(area) };
};
