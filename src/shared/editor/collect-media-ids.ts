import type { RichText, RichTextNode } from '../domain/rich-text';
import { isMediaId } from './media-id';

const MEDIA_ATTRS = ['mediaId', 'captionsMediaId'] as const;

/**
 * The media a document uses (images, videos, audio and their captions), each once, in
 * document order: the media library's "utilisé dans" and the exports read it.
 */
export const collectMediaIds = (doc: RichText): string[] => {
  const found = new Set<string>();
  const visit = (node: RichTextNode): void => {
    for (const name of MEDIA_ATTRS) {
      const value = node.attrs?.[name];
      if (isMediaId(value)) found.add(value);
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const node of doc.content) visit(node);
  return [...found];
};
