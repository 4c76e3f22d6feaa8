import { mergeAttributes, type AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { CalloutNode } from '../../../shared/editor/callout-node';
import { editorExtensions } from '../../../shared/editor/editor-extensions';
import { ImageNode } from '../../../shared/editor/image-node';
import { MediaEmbedNode } from '../../../shared/editor/media-embed-node';

/** Bootstrap's alert colours (Boost, Classic) for the three callouts. */
const CALLOUT_CLASSES: Readonly<Record<string, string>> = {
  info: 'callout alert alert-info',
  important: 'callout alert alert-warning',
  conseil: 'callout alert alert-success',
};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A media node's `src`, set by the writer before rendering; never parsed. */
const writeOnly = { default: null, rendered: false };

/**
 * An image as Moodle stores it: `src` is the `@@PLUGINFILE@@` link the writer put in the
 * node's attributes; an empty `alt` says the image is decorative.
 */
const MoodleImage = ImageNode.extend({
  addAttributes() {
    return { ...this.parent?.(), src: writeOnly };
  },
  renderHTML({ node }) {
    const decorative = node.attrs['decorative'] === true;
    return ['img', { src: str(node.attrs['src']), alt: decorative ? '' : str(node.attrs['alt']) }];
  },
});

/** A video or audio medium as an HTML5 player with its captions track. */
const MoodleMediaEmbed = MediaEmbedNode.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      src: writeOnly,
      player: writeOnly,
      mime: writeOnly,
      captionsSrc: writeOnly,
    };
  },
  renderHTML({ node }) {
    const player = node.attrs['player'] === 'audio' ? 'audio' : 'video';
    const title = str(node.attrs['title']);
    const captions = str(node.attrs['captionsSrc']);
    const track =
      captions === '' ? [] : [['track', { kind: 'captions', src: captions, srclang: 'fr' }]];
    return [
      player,
      mergeAttributes({ controls: 'true' }, title === '' ? {} : { title }),
      ['source', { src: str(node.attrs['src']), type: str(node.attrs['mime']) }],
      ...track,
    ];
  },
});

/** A callout keeps its `data-callout` (read back) and gains Bootstrap's alert look. */
const MoodleCallout = CalloutNode.extend({
  renderHTML({ node }) {
    const variant = str(node.attrs['variant']);
    return ['aside', { 'data-callout': variant, class: CALLOUT_CLASSES[variant] ?? 'callout' }, 0];
  },
});

/** Tables get Bootstrap's `table` class, as Moodle's editor gives them. */
const MoodleTableKit = TableKit.configure({
  table: { resizable: false, allowTableNodeSelection: false, HTMLAttributes: { class: 'table' } },
});

const REPLACEMENTS: Readonly<Record<string, AnyExtension>> = {
  image: MoodleImage,
  mediaEmbed: MoodleMediaEmbed,
  callout: MoodleCallout,
  tableKit: MoodleTableKit,
};

/**
 * The editor's extensions with the nodes that hold media, callouts and tables rendering the
 * HTML a Moodle site shows well; the schema (names, content, attributes read back) is the same.
 */
export const moodleHtmlExtensions = (): AnyExtension[] =>
  editorExtensions().map((extension) => REPLACEMENTS[extension.name] ?? extension);
