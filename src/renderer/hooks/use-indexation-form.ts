import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Indexation } from '../../shared/domain/indexation';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';
import { useOutline } from './use-outline';

/** Typing pauses this long before the indexation is saved. */
export const INDEXATION_SAVE_DELAY_MS = 500;

const same = (a: Indexation, b: Indexation) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The indexation of a parcours as an editable draft: each change is saved (the whole
 * indexation, as `parcours.update` replaces it) once typing pauses, and at once on close.
 * What the core sends back (an undo, another window) replaces the draft when nothing waits.
 */
export const useIndexationForm = (parcoursId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const outline = useOutline(parcoursId);
  const stored = outline.data?.parcours.indexation ?? null;
  const [draft, setDraft] = useState<Indexation | null>(stored);
  const pending = useRef<Indexation | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useMutation({
    meta: EDIT_META,
    mutationFn: (indexation: Indexation) =>
      client.invoke('parcours.update', { id: parcoursId, patch: { indexation } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.outline(parcoursId) }),
  });
  const { mutate } = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) mutate(next);
  }, [mutate]);

  useEffect(() => {
    if (stored && pending.current === null && !save.isPending) {
      setDraft((current) => (current && same(current, stored) ? current : stored));
    }
  }, [stored, save.isPending]);

  useEffect(() => flush, [flush]);

  const update = useCallback(
    (patch: Partial<Indexation>) => {
      setDraft((current) => {
        if (!current) return current;
        const next = { ...current, ...patch };
        pending.current = next;
        return next;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, INDEXATION_SAVE_DELAY_MS);
    },
    [flush],
  );

  return {
    draft,
    parcours: outline.data?.parcours ?? null,
    update,
    flush,
    error: save.error,
  };
};
