import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { RichText } from '../../shared/domain/rich-text';
import { sameRichText } from '../state/same-rich-text';
import { SAVE_DELAY_MS } from './use-page-editor';
import { useRichTextEditor } from './use-rich-text-editor';

interface RichTextFieldOptions {
  id: string;
  labelId: string;
  value: RichText | null;
  onChange: (doc: RichText) => void;
  describedBy: string | undefined;
}

/**
 * The editor of a rich-text field: `onChange` gets the document once typing pauses
 * (~400 ms), on blur and when the field goes away; a new `value` from outside (an undo, the
 * core) replaces the text while the author is not typing in it.
 */
export const useRichTextField = ({
  id,
  labelId,
  value,
  onChange,
  describedBy,
}: RichTextFieldOptions): Editor => {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const latestValue = useRef(value);
  const latestOnChange = useRef(onChange);
  useLayoutEffect(() => {
    latestOnChange.current = onChange;
  });

  const flush = useCallback((editor: Editor) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current || editor.isDestroyed) return;
    dirty.current = false;
    latestOnChange.current(editor.getJSON() as RichText);
  }, []);

  const reloadIfStale = useCallback((editor: Editor, stored: RichText | null) => {
    if (editor.isDestroyed || editor.isFocused || dirty.current) return;
    if (stored !== null && !sameRichText(editor.getJSON(), stored)) {
      editor.commands.setContent(stored, { emitUpdate: false });
    }
    if (stored === null && !editor.isEmpty) editor.commands.clearContent(false);
  }, []);

  const editor = useRichTextEditor({
    content: value,
    id,
    labelledBy: labelId,
    describedBy,
    className: 'rich-text-field__content',
    onUpdate: (current) => {
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        flush(current);
      }, SAVE_DELAY_MS);
    },
    onBlur: (current) => {
      flush(current);
      reloadIfStale(current, latestValue.current);
    },
    deps: [id],
  });

  useEffect(() => {
    latestValue.current = value;
    reloadIfStale(editor, value);
  }, [editor, value, reloadIfStale]);

  useEffect(
    () => () => {
      flush(editor);
    },
    [editor, flush],
  );

  return editor;
};
