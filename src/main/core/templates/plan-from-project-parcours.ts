import { randomUUID } from 'node:crypto';
import type { Parcours } from '../../../shared/domain/parcours';
import type { Repos } from '../db/repos/create-repos';
import { cloneActivity } from '../outline/clone-activity';
import type { ParcoursPlan } from './parcours-plan';

/**
 * A deep copy of a parcours of the project (a gabarit): new ids for the parcours, its
 * sections, activities and book chapters; media are shared; the quizzes' questions are
 * copied into the new parcours's bank when the plan is written (`sourceParcoursId`).
 */
export const planFromProjectParcours = (
  repos: Repos,
  source: Parcours,
  names: { title: string; shortName: string },
): ParcoursPlan => ({
  sourceParcoursId: source.id,
  parcours: {
    ...structuredClone(source),
    id: randomUUID(),
    kind: 'parcours',
    title: names.title,
    shortName: names.shortName,
    status: 'construction',
    version: '0.1',
  },
  sections: repos.sections.listOf(source.id).map((section) => ({
    section: { ...structuredClone(section), id: randomUUID() },
    activities: repos.activities
      .inSection(section.id)
      .map((stored) => cloneActivity(stored.activity)),
  })),
});
