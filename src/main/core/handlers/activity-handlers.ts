import { randomUUID } from 'node:crypto';
import { activitySchema, type Activity } from '../../../shared/domain/activity';
import { formatZodIssues } from '../format-zod-issues';
import { positionAt } from '../position-at';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import { assertQuizSlots } from '../questions/assert-quiz-slots';
import { activityRichTextFields } from './activity-rich-text-fields';
import { assertRichText } from './assert-rich-text';
import { activityBulkHandlers } from './activity-bulk-handlers';
import type { HandlerGroup } from './handler-types';
import { newActivity } from './new-activity';

const requireActivity = (session: ProjectSession, id: string) => {
  const stored = session.repos.activities.get(id);
  if (!stored) throw projectErrors.notFound('activity', id);
  return stored;
};

const requireSectionParcours = (session: ProjectSession, sectionId: string): string => {
  const parcoursId = session.repos.activities.parcoursIdOfSection(sectionId);
  if (parcoursId === null) throw projectErrors.notFound('section', sectionId);
  return parcoursId;
};

const updateLabel = (activity: Activity, keys: string[]): string => {
  if (keys.length === 1 && keys[0] === 'title') return 'Renommer l’activité';
  if (keys.length === 1 && keys[0] === 'content') {
    return activity.type === 'page'
      ? 'Modifier le texte de la page'
      : 'Modifier le texte de l’étiquette';
  }
  return 'Modifier l’activité';
};

/** Merges a patch; `id` and `type` are the activity's identity and cannot change. */
const mergePatch = (current: Activity, patch: Record<string, unknown>): Activity => {
  if (
    ('type' in patch && patch['type'] !== current.type) ||
    ('id' in patch && patch['id'] !== current.id)
  ) {
    throw projectErrors.invalid(
      'L’identifiant et le type d’une activité ne peuvent pas changer : créez une nouvelle activité.',
      'An activity’s id and type cannot change: create a new activity.',
    );
  }
  const parsed = activitySchema.safeParse({
    ...current,
    ...patch,
    id: current.id,
    type: current.type,
  });
  if (!parsed.success) {
    throw projectErrors.invalid(
      'Les modifications de l’activité ne sont pas valides : corrigez les champs signalés.',
      'The activity changes are not valid: fix the reported fields.',
      { issues: formatZodIssues(parsed.error) },
    );
  }
  return parsed.data;
};

export const activityHandlers = {
  ...activityBulkHandlers,
  'activity.create': (input, { workspace }) => {
    const session = workspace.require();
    const parcoursId = requireSectionParcours(session, input.sectionId);
    const siblings = session.repos.activities.siblings(input.sectionId);
    const position = positionAt(siblings, input.index ?? siblings.length);
    const activity = newActivity(randomUUID(), input.type, input.title);
    session.edit({ label: 'Ajouter une activité', parcoursIds: [parcoursId] }, (uow) => {
      uow.put('activities', session.repos.activities.toRow(activity, input.sectionId, position));
    });
    return activity;
  },
  'activity.get': (input, { workspace }) => requireActivity(workspace.require(), input.id).activity,
  'activity.update': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireActivity(session, input.id);
    const next = mergePatch(stored.activity, input.patch);
    assertRichText(activityRichTextFields(next));
    const keys = Object.keys(input.patch)
      .filter((k) => k !== 'id' && k !== 'type')
      .sort();
    const parcoursId = requireSectionParcours(session, stored.sectionId);
    assertQuizSlots(session.repos, next, parcoursId);
    session.edit(
      {
        label: updateLabel(next, keys),
        coalesceKey: `activity:${input.id}:${keys.join(',')}`,
        parcoursIds: [parcoursId],
      },
      (uow) => {
        uow.put(
          'activities',
          session.repos.activities.toRow(next, stored.sectionId, stored.position),
        );
      },
    );
    return next;
  },
  'activity.move': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireActivity(session, input.id);
    const toParcours = requireSectionParcours(session, input.sectionId);
    const fromParcours = requireSectionParcours(session, stored.sectionId);
    const all = session.repos.activities.siblings(input.sectionId);
    const others = all.filter((a) => a.id !== input.id);
    const target = Math.min(input.toIndex, others.length);
    const sameSection = input.sectionId === stored.sectionId;
    if (sameSection && all.findIndex((a) => a.id === input.id) === target) return null;
    const position = positionAt(others, target);
    session.edit(
      { label: 'Déplacer l’activité', parcoursIds: [...new Set([fromParcours, toParcours])] },
      (uow) => {
        uow.put(
          'activities',
          session.repos.activities.toRow(stored.activity, input.sectionId, position),
        );
      },
    );
    return null;
  },
  'activity.delete': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireActivity(session, input.id);
    const parcoursId = requireSectionParcours(session, stored.sectionId);
    session.edit({ label: 'Supprimer l’activité', parcoursIds: [parcoursId] }, (uow) => {
      uow.remove('activities', input.id);
    });
    return null;
  },
} satisfies HandlerGroup<'activity'>;
