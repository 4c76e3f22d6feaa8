import { Node } from '@tiptap/core';
import type { AttrSource } from './attr-source';
import { assertMediaId } from './media-id';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    mediaEmbed: {
      /** Inserts a video or an audio medium of the library. */
      insertMediaEmbed: (attrs: {
        mediaId: string;
        title: string;
        captionsMediaId: string | null;
      }) => ReturnType;
    };
  }
}

const assertOptionalMediaId = (value: unknown): void => {
  if (value !== null) assertMediaId(value);
};

/**
 * A video or an audio medium of the library, with its title and, optionally, its captions
 * or transcript (another medium). Whether it plays as video or audio is the medium's kind.
 */
export const MediaEmbedNode = Node.create({
  name: 'mediaEmbed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: {
        default: null,
        validate: assertMediaId,
        parseHTML: (element: AttrSource) => element.getAttribute('data-media-id'),
        renderHTML: (attrs) => ({ 'data-media-id': attrs['mediaId'] as string }),
      },
      title: {
        default: '',
        validate: 'string',
        parseHTML: (element: AttrSource) => element.getAttribute('data-title') ?? '',
        renderHTML: (attrs) => ({ 'data-title': attrs['title'] as string }),
      },
      captionsMediaId: {
        default: null,
        validate: assertOptionalMediaId,
        parseHTML: (element: AttrSource) => element.getAttribute('data-captions-media-id'),
        renderHTML: (attrs) =>
          attrs['captionsMediaId'] === null
            ? {}
            : { 'data-captions-media-id': attrs['captionsMediaId'] as string },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-embed]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', { 'data-media-embed': '', ...HTMLAttributes }];
  },
  addCommands() {
    return {
      insertMediaEmbed:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
