import type { AppErrorData } from '../../shared/contract/app-error';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: AppErrorData };

/**
 * Knows whether every edit has been acknowledged by the core. Edits in flight (mutations,
 * editor saves) and edits not sent yet (a debounced editor) both count as "saving"; the
 * last failure stays visible until a later edit succeeds.
 */
export interface SaveTracker {
  subscribe: (listener: () => void) => () => void;
  getStatus: () => SaveStatus;
  begin: () => void;
  succeed: () => void;
  fail: (error: AppErrorData) => void;
  setDirty: (key: string, dirty: boolean) => void;
}

const SAVING: SaveStatus = { kind: 'saving' };
const SAVED: SaveStatus = { kind: 'saved' };

export const createSaveTracker = (): SaveTracker => {
  const listeners = new Set<() => void>();
  const dirty = new Set<string>();
  let inFlight = 0;
  let settled: SaveStatus = { kind: 'idle' };
  let status: SaveStatus = settled;

  const update = (): void => {
    const next = inFlight > 0 || dirty.size > 0 ? SAVING : settled;
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    begin() {
      inFlight += 1;
      update();
    },
    succeed() {
      inFlight = Math.max(0, inFlight - 1);
      settled = SAVED;
      update();
    },
    fail(error) {
      inFlight = Math.max(0, inFlight - 1);
      settled = { kind: 'error', error };
      update();
    },
    setDirty(key, isDirty) {
      if (isDirty === dirty.has(key)) return;
      if (isDirty) dirty.add(key);
      else dirty.delete(key);
      update();
    },
  };
};
