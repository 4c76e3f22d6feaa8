import { useCallback, useState } from 'react';

/**
 * Messages for the outline's polite live region (moves, copies, deletions). The counter
 * makes the same sentence said twice a new text, so screen readers read it again.
 */
export const useAnnouncer = () => {
  const [message, setMessage] = useState({ text: '', seq: 0 });
  const announce = useCallback((text: string) => {
    setMessage((previous) => ({ text, seq: previous.seq + 1 }));
  }, []);
  return { message, announce };
};
