import { useState } from 'react';
import type { ParcoursSummary } from '../../shared/domain/project';

/**
 * Which parcours and which activity the project screen shows. The first parcours is shown
 * when none is chosen (or the chosen one was deleted), so the outline is never blank.
 */
export const useSelection = (parcours: readonly ParcoursSummary[]) => {
  const [chosenParcoursId, setChosenParcoursId] = useState<string | null>(null);
  const [activityId, setActivityId] = useState<string | null>(null);
  const parcoursId =
    parcours.find((item) => item.id === chosenParcoursId)?.id ?? parcours[0]?.id ?? null;
  return {
    parcoursId,
    activityId,
    selectParcours: (id: string) => {
      setChosenParcoursId(id);
      setActivityId(null);
    },
    selectActivity: setActivityId,
  };
};
