import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model';
import { Window, type Document as HappyDocument } from 'happy-dom';
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

interface HtmlRenderer {
  schema: Schema;
  serializer: DOMSerializer;
  document: HappyDocument;
}

/**
 * Built once per process, on first use: tiptap's `generateHTML` builds the schema and a
 * happy-dom window on every call (about 6 ms a text). The window only ever holds detached
 * elements, and never runs scripts or loads anything.
 */
let renderer: HtmlRenderer | undefined;

const createRenderer = (): HtmlRenderer => {
  const schema = getSchema(moodleHtmlExtensions());
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  return {
    schema,
    serializer: DOMSerializer.fromSchema(schema),
    document: window.document,
  };
};

// ProseMirror is typed with the browser's DOM; happy-dom's classes stand in for it.
type SerializeOptions = NonNullable<Parameters<DOMSerializer['serializeFragment']>[1]>;

/** What `generateHTML` gives, on the shared schema and window. */
const renderHtml = (doc: RichText): string => {
  renderer ??= createRenderer();
  const { schema, serializer, document } = renderer;
  const wrap = document.createElement('div');
  serializer.serializeFragment(
    Node.fromJSON(schema, doc).content,
    { document: document as unknown as SerializeOptions['document'] },
    wrap,
  );
  return wrap.innerHTML;
};

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
  const html = renderHtml(prepared);
  return { html: html === '<p></p>' ? '' : html, fileIds: deps.files.idsOf(area) };
};
