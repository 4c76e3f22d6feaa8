import { useMutation } from '@tanstack/react-query';
import type { ActivityType } from '../../shared/domain/activity';
import { EDIT_META } from '../state/create-query-client';
import { moveActivities } from '../state/move-activities';
import { useClient } from './use-client';
import { useOutlineCache } from './use-outline-cache';

export interface MoveTarget {
  sectionId: string;
  /** Index among the section's activities once the moved ones are taken out. */
  toIndex: number;
}

/** Edits of a parcours' activities from the outline; moves show at once (optimistic). */
export const useActivityActions = (parcoursId: string) => {
  const client = useClient();
  const cache = useOutlineCache(parcoursId);
  const create = useMutation({
    meta: EDIT_META,
    mutationFn: (input: { sectionId: string; type: ActivityType; title: string; index?: number }) =>
      client.invoke('activity.create', input),
    onSettled: cache.refresh,
  });
  const rename = useMutation({
    meta: EDIT_META,
    mutationFn: ({ id, title }: { id: string; title: string }) =>
      client.invoke('activity.update', { id, patch: { title } }),
    onMutate: ({ id, title }) => {
      cache.patch((outline) => ({
        ...outline,
        sections: outline.sections.map((section) => ({
          ...section,
          activities: section.activities.map((a) => (a.id === id ? { ...a, title } : a)),
        })),
      }));
    },
    onSettled: cache.refresh,
  });
  const duplicate = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('activity.duplicate', { id }),
    onSettled: cache.refresh,
  });
  const move = useMutation({
    meta: EDIT_META,
    mutationFn: ({ ids, sectionId, toIndex }: MoveTarget & { ids: readonly string[] }) =>
      ids.length === 1 && ids[0] !== undefined
        ? client.invoke('activity.move', { id: ids[0], sectionId, toIndex })
        : client.invoke('activity.moveMany', { ids: [...ids], sectionId, toIndex }),
    onMutate: ({ ids, sectionId, toIndex }) => {
      cache.patch((outline) => moveActivities(outline, ids, sectionId, toIndex));
    },
    onSettled: cache.refresh,
  });
  const remove = useMutation({
    meta: EDIT_META,
    mutationFn: (ids: readonly string[]) =>
      ids.length === 1 && ids[0] !== undefined
        ? client.invoke('activity.delete', { id: ids[0] })
        : client.invoke('activity.deleteMany', { ids: [...ids] }),
    onMutate: (ids) => {
      const gone = new Set(ids);
      cache.patch((outline) => ({
        ...outline,
        sections: outline.sections.map((section) => ({
          ...section,
          activities: section.activities.filter((a) => !gone.has(a.id)),
        })),
      }));
    },
    onSettled: cache.refresh,
  });
  const copyTo = useMutation({
    meta: EDIT_META,
    mutationFn: (input: { ids: readonly string[]; sectionId: string; parcoursId: string }) =>
      client.invoke('activity.copyTo', { ids: [...input.ids], sectionId: input.sectionId }),
    onSettled: (_data, _error, input) => cache.refreshOther(input.parcoursId),
  });
  return { create, rename, duplicate, move, remove, copyTo };
};
