import { useState } from 'react';

/**
 * A controlled input's value that follows the click at once. The saved value reaches the
 * component through react-query, whose notifications land a task later; meanwhile React
 * would put a controlled checkbox back to its old state, so for a moment the click seems
 * lost. The shown value is set in the event itself, and adopts every new saved value.
 */
export const useImmediateValue = <T>(saved: T): [T, (next: T) => void] => {
  const [shown, setShown] = useState(saved);
  const [adopted, setAdopted] = useState(saved);
  if (!Object.is(saved, adopted)) {
    // React's pattern for state derived from a prop: adjust during render, not in an effect.
    setAdopted(saved);
    setShown(saved);
  }
  return [shown, setShown];
};
