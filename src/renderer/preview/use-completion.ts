import type { PreviewParcours } from '../../shared/preview/preview-model';
import { previewStorage } from './preview-storage';
import { useStoredState } from './use-stored-state';

const parseIds = (stored: unknown): ReadonlySet<string> =>
  new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);

/** The activities the reader has completed in this browser, for this parcours and version. */
export const useCompletion = (parcours: Pick<PreviewParcours, 'id' | 'version'>) => {
  const [done, update] = useStoredState(
    previewStorage.key(parcours, 'completion'),
    parseIds,
    (ids) => [...ids].sort(),
  );
  return {
    done,
    setDone: (activityId: string, value: boolean) => {
      update((current) => {
        if (current.has(activityId) === value) return current;
        const next = new Set(current);
        if (value) next.add(activityId);
        else next.delete(activityId);
        return next;
      });
    },
  };
};
