import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Activity } from '../../shared/domain/activity';
import { useTranslation } from 'react-i18next';
import { localizedMessage } from '../i18n/localized-message';
import { mergeSavedFields } from '../state/merge-saved-fields';
import { queryKeys } from '../state/query-keys';
import { toAppErrorData } from '../state/to-app-error-data';
import { useSaveTracker } from './use-save-tracker';
import { EDIT_META } from '../state/create-query-client';
import { useClient } from './use-client';

/** How long typing must pause before a settings field is sent to the core. */
export const FIELD_SAVE_DELAY_MS = 400;

type Patch = Record<string, unknown>;

/**
 * Saves an activity's settings, field by field, with `activity.update`. Choices save at
 * once; typed values ~400 ms after the last key (and at once on blur or when the panel
 * closes). A pending value counts as "saving" in the header; a refusal from the core is
 * kept next to its field, in the interface language.
 */
export const useActivitySave = (activityId: string) => {
  const { i18n } = useTranslation();
  const client = useClient();
  const tracker = useSaveTracker();
  const queryClient = useQueryClient();
  const inFlight = useRef(0);
  const update = useMutation({
    meta: EDIT_META,
    mutationFn: (patch: Patch) => client.invoke('activity.update', { id: activityId, patch }),
    onMutate: () => {
      inFlight.current += 1;
    },
    onSuccess: (activity, patch) => {
      // An older answer must not undo a newer optimistic value: the last one settles it, and
      // only for the fields it saved (the title field saves through another mutation).
      if (inFlight.current === 1)
        queryClient.setQueryData<Activity>(queryKeys.activity(activityId), (old) =>
          old ? mergeSavedFields(old, activity, patch) : activity,
        );
    },
    onSettled: () => {
      inFlight.current -= 1;
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === queryKeys.outline('')[0],
      });
    },
  });
  const pending = useRef(new Map<string, { patch: Patch; timer: ReturnType<typeof setTimeout> }>());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirtyKey = (field: string) => `activity:${activityId}:${field}`;

  const send = useCallback(
    (field: string, patch: Patch) => {
      // Shown at once: a controlled checkbox must hold its new state when the click handler
      // returns. A read sent before this edit would answer with the old value and put it back
      // (a box that unticks itself), so it is cancelled first — synchronously, reverting to
      // the cached data — and the edit's own `project.changed` reads again afterwards (the
      // core answers calls in order, so that read sees the edit).
      const key = queryKeys.activity(activityId);
      void queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Activity>(key, (old) => (old ? { ...old, ...patch } : old));
      update.mutate(patch, {
        onSuccess: () => {
          setErrors(({ [field]: _gone, ...rest }) => rest);
        },
        onError: (error) => {
          void queryClient.invalidateQueries({ queryKey: queryKeys.activity(activityId) });
          setErrors((all) => ({
            ...all,
            [field]: localizedMessage(toAppErrorData(error), i18n.language),
          }));
        },
      });
    },
    [update, i18n.language, queryClient, activityId],
  );

  const flush = useCallback(
    (field: string) => {
      const entry = pending.current.get(field);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.current.delete(field);
      tracker.setDirty(`activity:${activityId}:${field}`, false);
      send(field, entry.patch);
    },
    [activityId, send, tracker],
  );

  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  });
  useEffect(() => {
    const all = pending.current;
    return () => {
      for (const field of [...all.keys()]) latestFlush.current(field);
    };
  }, []);

  return {
    saveNow: (field: string, patch: Patch) => {
      const entry = pending.current.get(field);
      if (entry) {
        clearTimeout(entry.timer);
        pending.current.delete(field);
        tracker.setDirty(dirtyKey(field), false);
      }
      send(field, patch);
    },
    saveLater: (field: string, patch: Patch) => {
      const previous = pending.current.get(field);
      if (previous) clearTimeout(previous.timer);
      tracker.setDirty(dirtyKey(field), true);
      const timer = setTimeout(() => {
        flush(field);
      }, FIELD_SAVE_DELAY_MS);
      pending.current.set(field, { patch, timer });
    },
    /** Drops a typed value that cannot be saved (the field shows why instead). */
    cancel: (field: string) => {
      const entry = pending.current.get(field);
      if (entry) clearTimeout(entry.timer);
      pending.current.delete(field);
      tracker.setDirty(dirtyKey(field), false);
    },
    flush,
    errorOf: (field: string): string | null => errors[field] ?? null,
  };
};

export type ActivitySave = ReturnType<typeof useActivitySave>;
