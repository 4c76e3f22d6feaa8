import { Node, mergeAttributes } from '@tiptap/core';
import type { AttrSource } from './attr-source';
import { assertMediaId } from './media-id';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    image: {
      /** Inserts an image of the media library (alt text, or `decorative`, is required). */
      insertImage: (attrs: { mediaId: string; alt: string; decorative: boolean }) => ReturnType;
    };
  }
}

/**
 * An image of the project's media library. Only the medium's id is stored, never a URL:
 * the studio resolves it (atelier-media:// or the host's /media route), exports write files.
 * An image says what it shows (`alt`) or that it is decorative; `checkRichText` refuses others.
 */
export const ImageNode = Node.create({
  name: 'image',
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
      alt: {
        default: '',
        validate: 'string',
        parseHTML: (element: AttrSource) => element.getAttribute('alt') ?? '',
      },
      decorative: {
        default: false,
        validate: 'boolean',
        parseHTML: (element: AttrSource) => element.getAttribute('data-decorative') === 'true',
        renderHTML: (attrs) => (attrs['decorative'] === true ? { 'data-decorative': 'true' } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'img[data-media-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    const attrs = { ...HTMLAttributes } as Record<string, unknown>;
    if (attrs['data-decorative'] === 'true') attrs['alt'] = '';
    return ['img', mergeAttributes(attrs)];
  },
  addCommands() {
    return {
      insertImage:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
