import { useMemo } from 'react';
import { computeTimeBudget } from '../../shared/domain/time-budget';
import { useOutline } from './use-outline';

/**
 * The hybrid time budget of a parcours, from the outline cache the outline itself reads:
 * any edit that refreshes the outline (estimated minutes, modality, phase) moves the chart.
 */
export const useTimeBudget = (parcoursId: string) => {
  const outline = useOutline(parcoursId);
  const budget = useMemo(
    () => (outline.data ? computeTimeBudget(outline.data) : null),
    [outline.data],
  );
  return { budget, outline: outline.data ?? null, isPending: outline.isPending };
};
