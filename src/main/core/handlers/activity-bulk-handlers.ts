import type { Activity } from '../../../shared/domain/activity';
import type { StoredActivity } from '../db/repos/activity-repo';
import { cloneActivity, copyTitle } from '../outline/clone-activity';
import { positionRun } from '../outline/position-run';
import { projectErrors } from '../project-errors';
import { createBankCopier } from '../questions/bank-copier';
import type { ProjectSession } from '../project-session';
import type { HandlerSet } from './handler-types';

const requireSectionParcours = (session: ProjectSession, sectionId: string): string => {
  const parcoursId = session.repos.activities.parcoursIdOfSection(sectionId);
  if (parcoursId === null) throw projectErrors.notFound('section', sectionId);
  return parcoursId;
};

/** Every activity of `ids`, in the order given; a repeated id is a caller bug. */
const requireAll = (session: ProjectSession, ids: readonly string[]): StoredActivity[] => {
  if (new Set(ids).size !== ids.length) {
    throw projectErrors.invalid(
      'La liste d’activités contient deux fois la même activité : retirez le doublon.',
      'The activity list names the same activity twice: remove the duplicate.',
      { ids },
    );
  }
  return ids.map((id) => {
    const stored = session.repos.activities.get(id);
    if (!stored) throw projectErrors.notFound('activity', id);
    return stored;
  });
};

const parcoursOf = (session: ProjectSession, stored: readonly StoredActivity[]): string[] => [
  ...new Set(stored.map((s) => requireSectionParcours(session, s.sectionId))),
];

/**
 * Duplicates, copies and bulk edits of activities: each is one edit, hence one undo step.
 * A duplicate lands right after its original titled "… (copie)"; a copy to a section keeps
 * its title (it usually lands in another section or parcours).
 */
export const activityBulkHandlers = {
  'activity.duplicate': (input, { workspace }) => {
    const session = workspace.require();
    const [stored] = requireAll(session, [input.id]);
    if (!stored) throw projectErrors.notFound('activity', input.id);
    const parcoursId = requireSectionParcours(session, stored.sectionId);
    const siblings = session.repos.activities.siblings(stored.sectionId);
    const index = siblings.findIndex((s) => s.id === input.id);
    const [position] = positionRun(siblings, index + 1, 1);
    const copy = cloneActivity(stored.activity, copyTitle(stored.activity.title));
    session.edit({ label: 'Dupliquer l’activité', parcoursIds: [parcoursId] }, (uow) => {
      uow.put('activities', session.repos.activities.toRow(copy, stored.sectionId, position ?? ''));
    });
    return copy;
  },
  /** `toIndex` counts among the activities of the section that are not moved. */
  'activity.moveMany': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireAll(session, input.ids);
    const toParcours = requireSectionParcours(session, input.sectionId);
    const moved = new Set(input.ids);
    const others = session.repos.activities
      .siblings(input.sectionId)
      .filter((s) => !moved.has(s.id));
    const positions = positionRun(others, input.toIndex, stored.length);
    const parcoursIds = [...new Set([toParcours, ...parcoursOf(session, stored)])];
    const label = stored.length === 1 ? 'Déplacer l’activité' : 'Déplacer les activités';
    session.edit({ label, parcoursIds }, (uow) => {
      stored.forEach((s, i) => {
        uow.put(
          'activities',
          session.repos.activities.toRow(s.activity, input.sectionId, positions[i] ?? ''),
        );
      });
    });
    return null;
  },
  'activity.deleteMany': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireAll(session, input.ids);
    const label = stored.length === 1 ? 'Supprimer l’activité' : 'Supprimer les activités';
    session.edit({ label, parcoursIds: parcoursOf(session, stored) }, (uow) => {
      for (const s of stored) uow.remove('activities', s.activity.id);
    });
    return null;
  },
  'activity.copyTo': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireAll(session, input.ids);
    const parcoursId = requireSectionParcours(session, input.sectionId);
    const siblings = session.repos.activities.siblings(input.sectionId);
    const positions = positionRun(siblings, input.index ?? siblings.length, stored.length);
    const label = stored.length === 1 ? 'Copier l’activité' : 'Copier les activités';
    // Quizzes copied to another parcours take their questions along (see createBankCopier).
    return session.edit({ label, parcoursIds: [parcoursId] }, (uow) => {
      const copiers = new Map<string, (a: Activity) => Activity>();
      return stored.map((s, i) => {
        const from = requireSectionParcours(session, s.sectionId);
        const remap = copiers.get(from) ?? createBankCopier(session.repos, uow, from, parcoursId);
        copiers.set(from, remap);
        const copy = remap(cloneActivity(s.activity));
        uow.put(
          'activities',
          session.repos.activities.toRow(copy, input.sectionId, positions[i] ?? ''),
        );
        return copy;
      });
    });
  },
} satisfies HandlerSet<
  'activity.duplicate' | 'activity.moveMany' | 'activity.deleteMany' | 'activity.copyTo'
>;
