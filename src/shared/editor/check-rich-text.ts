import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { RichText } from '../domain/rich-text';
import { editorExtensions, isAllowedLinkHref } from './editor-extensions';

let schema: Schema | undefined;
const editorSchema = (): Schema => (schema ??= getSchema(editorExtensions()));

const hasForbiddenLink = (node: ProseMirrorNode): boolean => {
  let forbidden = false;
  node.descendants((child) => {
    for (const mark of child.marks) {
      const href: unknown = mark.attrs['href'];
      if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedLinkHref(href))) {
        forbidden = true;
      }
    }
    return !forbidden;
  });
  return forbidden;
};

const hasImageWithoutAlt = (node: ProseMirrorNode): boolean => {
  let missing = false;
  node.descendants((child) => {
    if (child.type.name === 'image') {
      const alt: unknown = child.attrs['alt'];
      const described = typeof alt === 'string' && alt.trim() !== '';
      if (!described && child.attrs['decorative'] !== true) missing = true;
    }
    return !missing;
  });
  return missing;
};

/**
 * Checks a document against the editor schema: unknown nodes or marks, wrong nesting and
 * links to anything but http, https or mailto, attributes out of their range (a media id
 * that is not a sha256, an unknown callout variant) and images with neither alt text nor
 * the `decorative` choice are refused. Returns the reason, or null.
 */
export const checkRichText = (doc: RichText): string | null => {
  try {
    const node = ProseMirrorNode.fromJSON(editorSchema(), doc);
    node.check();
    if (hasForbiddenLink(node)) return 'link with a forbidden protocol';
    if (hasImageWithoutAlt(node)) return 'image without alt text that is not marked decorative';
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid document';
  }
};
