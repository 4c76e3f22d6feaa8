import { useContext } from 'react';
import type { SaveTracker } from '../state/save-tracker';
import { SaveTrackerContext } from '../transport/client-context';

export const useSaveTracker = (): SaveTracker => {
  const tracker = useContext(SaveTrackerContext);
  if (!tracker) throw new Error('useSaveTracker needs a SaveTrackerContext provider');
  return tracker;
};
