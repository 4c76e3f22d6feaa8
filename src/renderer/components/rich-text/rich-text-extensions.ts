import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { editorExtensions } from '../../../shared/editor/editor-extensions';
import { ImageNodeView } from './image-node-view';
import { MediaEmbedNodeView } from './media-embed-node-view';

/**
 * The shared extension list with the studio's NodeViews: images and videos are shown from
 * the media library's URL. Same names, same schema: only how the nodes are drawn changes.
 */
export const richTextExtensions = (): AnyExtension[] =>
  editorExtensions().map((extension) => {
    if (extension.name === 'image') {
      return extension.extend({ addNodeView: () => ReactNodeViewRenderer(ImageNodeView) });
    }
    if (extension.name === 'mediaEmbed') {
      return extension.extend({ addNodeView: () => ReactNodeViewRenderer(MediaEmbedNodeView) });
    }
    return extension;
  });
