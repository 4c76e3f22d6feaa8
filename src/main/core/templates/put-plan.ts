import type { Repos } from '../db/repos/create-repos';
import type { UnitOfWork } from '../journal/unit-of-work';
import { positionAt } from '../position-at';
import { createBankCopier } from '../questions/bank-copier';
import { writeBank } from '../questions/write-bank';
import type { ParcoursPlan } from './parcours-plan';

/**
 * Writes a whole parcours through `uow` (the caller's undo step): the parcours at `position`
 * in the project's list, its bank, its sections and activities in order. Quizzes copied from
 * another parcours (`sourceParcoursId`) take their questions along.
 */
export const putPlan = (
  repos: Repos,
  uow: UnitOfWork,
  plan: ParcoursPlan,
  position: string,
): void => {
  uow.put('parcours', repos.parcours.toRow(plan.parcours, position));
  if (plan.bank) writeBank(repos, uow, plan.parcours.id, plan.bank);
  const remap = createBankCopier(
    repos,
    uow,
    plan.sourceParcoursId ?? plan.parcours.id,
    plan.parcours.id,
  );
  let sectionPosition: string | null = null;
  for (const { section, activities: list } of plan.sections) {
    sectionPosition = positionAt(
      sectionPosition === null ? [] : [{ position: sectionPosition }],
      1,
    );
    uow.put('sections', repos.sections.toRow(section, plan.parcours.id, sectionPosition));
    let activityPosition: string | null = null;
    for (const activity of list) {
      activityPosition = positionAt(
        activityPosition === null ? [] : [{ position: activityPosition }],
        1,
      );
      uow.put('activities', repos.activities.toRow(remap(activity), section.id, activityPosition));
    }
  }
};

/** The position after the project's last parcours. */
export const positionAfterLastParcours = (repos: Repos): string => {
  const last = repos.parcours.lastPosition();
  return positionAt(last === null ? [] : [{ position: last }], 1);
};
