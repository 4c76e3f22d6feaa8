import { type Editor, useEditor } from '@tiptap/react';
import { useLayoutEffect, useRef } from 'react';
import type { RichText } from '../../shared/domain/rich-text';
import { cleanPastedHtml } from '../components/rich-text/clean-pasted-html';
import { richTextExtensions } from '../components/rich-text/rich-text-extensions';

export interface RichTextEditorOptions {
  content: RichText | null;
  /** The accessible name: a visible label's id (preferred) or a plain label. */
  labelledBy?: string;
  ariaLabel?: string;
  describedBy?: string | undefined;
  /** The id of the editable element (so a `<label>` or a test can find it). */
  id?: string;
  className: string;
  onUpdate: (editor: Editor) => void;
  onBlur: (editor: Editor) => void;
  /** Recreate the editor when these change (the activity shown, the field). */
  deps: unknown[];
}

/**
 * A tiptap editor with the studio's one extension list, its NodeViews, the paste cleaner
 * and what every text field needs: French spelling, a multi-line textbox role, a label.
 */
export const useRichTextEditor = (options: RichTextEditorOptions): Editor => {
  // The callbacks change on every render; the editor keeps calling the latest ones.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const attributes: Record<string, string> = {
    class: `rich-text ${options.className}`,
    lang: 'fr',
    role: 'textbox',
    'aria-multiline': 'true',
    spellcheck: 'true',
  };
  if (options.id !== undefined) attributes['id'] = options.id;
  if (options.labelledBy !== undefined) attributes['aria-labelledby'] = options.labelledBy;
  if (options.ariaLabel !== undefined) attributes['aria-label'] = options.ariaLabel;
  if (options.describedBy !== undefined) attributes['aria-describedby'] = options.describedBy;
  return useEditor(
    {
      extensions: richTextExtensions(),
      content: options.content,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
      onUpdate: ({ editor }) => {
        latest.current.onUpdate(editor);
      },
      onBlur: ({ editor }) => {
        latest.current.onBlur(editor);
      },
    },
    options.deps,
  );
};
