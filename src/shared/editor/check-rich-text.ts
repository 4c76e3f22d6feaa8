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

/**
 * Checks a document against the editor schema: unknown nodes or marks, wrong nesting and
 * links to anything but http, https or mailto are refused. Returns the reason, or null.
 */
export const checkRichText = (doc: RichText): string | null => {
  try {
    const node = ProseMirrorNode.fromJSON(editorSchema(), doc);
    node.check();
    return hasForbiddenLink(node) ? 'link with a forbidden protocol' : null;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid document';
  }
};
