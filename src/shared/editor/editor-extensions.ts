import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { CalloutNode } from './callout-node';
import { ImageNode } from './image-node';
import { MediaEmbedNode } from './media-embed-node';

/** Links may only point to the web or to an e-mail address: never `javascript:` or `data:`. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export const isAllowedLinkHref = (href: string): boolean => {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (!match) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme);
};

/**
 * The one list of tiptap extensions: the renderer edits with it, the core checks stored
 * documents against the schema it defines, the exports render HTML from it. Headless-safe:
 * the renderer adds its NodeViews (media previews) with `.extend()`, the schema stays this one.
 */
export const editorExtensions = (): AnyExtension[] => [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => isAllowedLinkHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  // Fixed layout: column widths are the export's job, and resizing handles need a mouse.
  TableKit.configure({ table: { resizable: false, allowTableNodeSelection: false } }),
  ImageNode,
  MediaEmbedNode,
  CalloutNode,
];
