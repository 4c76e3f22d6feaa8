import { useSyncExternalStore } from 'react';
import type { SaveStatus } from '../state/save-tracker';
import { useSaveTracker } from './use-save-tracker';

/** Whether every edit is acknowledged, for the header's save indicator. */
export const useSaveStatus = (): SaveStatus => {
  const tracker = useSaveTracker();
  return useSyncExternalStore(tracker.subscribe, tracker.getStatus);
};
