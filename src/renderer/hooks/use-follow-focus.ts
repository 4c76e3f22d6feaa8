import { type RefObject, useEffect } from 'react';
import type { FocusRequest } from './use-outline-focus';

const OTHER: Record<string, string> = { 'move-up': 'move-down', 'move-down': 'move-up' };
/** Long enough for the core to answer and the outline to settle in its new order. */
const FOLLOW_MS = 3000;

/**
 * Puts the focus back on the item an edit was about, wherever the row now is: the list is
 * virtualized (the row may have to be scrolled into existence) and re-sorted twice (the
 * optimistic order, then the stored one), and a moved DOM node loses the focus. The request
 * stays until the author acts again (`cancel` on their next key or click).
 */
export const useFollowFocus = (
  scroller: RefObject<HTMLElement | null>,
  request: FocusRequest | null,
  indexOf: (key: string) => number,
  scrollToIndex: (index: number) => void,
  cancel: () => void,
): void => {
  useEffect(() => {
    if (!request) return;
    const root = scroller.current;
    if (!root) return;
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    const row = root.querySelector(`[data-row-key="${CSS.escape(request.key)}"]`);
    if (!row) {
      const index = indexOf(request.key);
      if (index >= 0) scrollToIndex(index);
      return;
    }
    const find = (name: string) =>
      row.querySelector<HTMLElement>(`[data-focus="${name}"]:not(:disabled)`);
    const other = OTHER[request.target];
    const element = find(request.target) ?? (other ? find(other) : null) ?? find('main');
    if (element && element !== active) element.focus();
  });
  useEffect(() => {
    if (!request) return undefined;
    const timer = setTimeout(cancel, FOLLOW_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [request, cancel]);
};
