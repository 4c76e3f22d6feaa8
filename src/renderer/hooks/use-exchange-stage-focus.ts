import { useEffect, useRef } from 'react';

/**
 * Moves the focus to the new step's `[data-autofocus]` when an exchange dialog goes from the
 * form to the progress, the result or the error: the element that had it is gone, and
 * without this the focus would fall back to the page. The first step is focused by
 * `ModalDialog` itself.
 */
export const useExchangeStageFocus = (stage: string) => {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    shown.current = stage;
    if (first) return;
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [stage]);
  return ref;
};
