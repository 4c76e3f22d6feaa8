import { useCallback, useState } from 'react';

export interface FocusRequest {
  key: string;
  /** `data-focus` value of the element to focus inside the row (its main control by default). */
  target: string;
  seq: number;
}

/**
 * Focus that follows an item after an edit (a move, a duplicate, a new activity): the row
 * may not be rendered yet (virtualized), so the list keeps the request until it is.
 */
export const useOutlineFocus = () => {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const requestFocus = useCallback((key: string, target = 'main') => {
    setRequest((previous) => ({ key, target, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  const done = useCallback(() => {
    setRequest(null);
  }, []);
  return { request, requestFocus, done };
};
