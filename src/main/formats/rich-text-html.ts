import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model';
import type { Document as HappyDocument } from 'happy-dom';
import type { Media } from '../../shared/domain/media';
import type { RichText, RichTextNode } from '../../shared/domain/rich-text';
import { moodleHtmlExtensions } from './mbz/moodle-html-extensions';
import { createInertWindow } from './inert-window';

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
  const window = createInertWindow();
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

/** Where a text's medium is found: its URL and its metadata; null leaves the node out. */
export type MediaLinker = (mediaId: string) => { src: string; media: Media } | null;

/**
 * Rich text → the HTML Moodle stores and shows (Bootstrap callouts, figure-free images, HTML5
 * players with captions), each image, video or audio medium linked by `link`: a
 * `@@PLUGINFILE@@` URL in a backup, the medium's URL in the preview. An empty text is ''.
 */
export const richTextHtml = (doc: RichText | null, link: MediaLinker): string => {
  if (doc === null) return '';
  const visit = (node: RichTextNode): RichTextNode | null => {
    if (node.type === 'image' || node.type === 'mediaEmbed') {
      const mediaId = attr(node, 'mediaId');
      const target = typeof mediaId === 'string' ? link(mediaId) : null;
      if (target === null) return null;
      const captionsId = node.type === 'mediaEmbed' ? attr(node, 'captionsMediaId') : null;
      const captions = typeof captionsId === 'string' ? link(captionsId) : null;
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
  return html === '<p></p>' ? '' : html;
};
