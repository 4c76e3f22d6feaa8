import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../shared/domain/rich-text';
import { sameRichText } from '../state/same-rich-text';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';
import { useRichTextEditor } from './use-rich-text-editor';
import { useSaveTracker } from './use-save-tracker';

/** How long typing must pause before the content is sent to the core. */
export const SAVE_DELAY_MS = 400;

/**
 * The rich-text editor of a page and its saving: content is sent ~400 ms after typing
 * stops, and at once on blur, on switching activity and when the window goes away, so
 * nothing typed is lost. Changes made elsewhere (undo, another window) are loaded when the
 * author is not typing here.
 */
export const usePageEditor = (activityId: string, content: RichText) => {
  const { t } = useTranslation();
  const client = useClient();
  const tracker = useSaveTracker();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const inFlight = useRef(0);
  const latestStored = useRef(content);
  const dirtyKey = `page:${activityId}`;

  const flush = useCallback(
    (editor: Editor) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      if (!dirty.current || editor.isDestroyed) return;
      dirty.current = false;
      const doc = editor.getJSON() as RichText;
      inFlight.current += 1;
      tracker.begin();
      tracker.setDirty(dirtyKey, false);
      client
        .invoke('activity.update', { id: activityId, patch: { content: doc } })
        .then(
          () => {
            tracker.succeed();
          },
          (error: unknown) => {
            tracker.fail(toAppErrorData(error));
          },
        )
        .finally(() => {
          inFlight.current -= 1;
        });
    },
    [activityId, client, dirtyKey, tracker],
  );

  const reloadIfStale = useCallback((editor: Editor, stored: RichText) => {
    if (editor.isDestroyed || editor.isFocused || dirty.current || inFlight.current > 0) return;
    if (!sameRichText(editor.getJSON(), stored))
      editor.commands.setContent(stored, { emitUpdate: false });
  }, []);

  const editor = useRichTextEditor({
    content,
    ariaLabel: t('editor.contentLabel'),
    className: 'page-editor__content',
    onUpdate: (current) => {
      dirty.current = true;
      tracker.setDirty(dirtyKey, true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        flush(current);
      }, SAVE_DELAY_MS);
    },
    onBlur: (current) => {
      flush(current);
      reloadIfStale(current, latestStored.current);
    },
    deps: [activityId],
  });

  // Content stored by the core changed (our own save coming back, an undo, another window).
  useEffect(() => {
    latestStored.current = content;
    reloadIfStale(editor, content);
  }, [editor, content, reloadIfStale]);

  // Leaving the page (another activity, closing the project, closing the window) saves it.
  useEffect(() => {
    const onLeave = () => {
      flush(editor);
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      flush(editor);
      tracker.setDirty(dirtyKey, false);
    };
  }, [editor, flush, tracker, dirtyKey]);

  return editor;
};
