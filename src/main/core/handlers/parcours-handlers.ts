import { randomUUID } from 'node:crypto';
import { parcoursSchema, type Parcours } from '../../../shared/domain/parcours';
import { positionAt } from '../position-at';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import type { HandlerGroup } from './handler-types';
import { templateHandlers } from './template-handlers';

const requireParcours = (session: ProjectSession, id: string) => {
  const stored = session.repos.parcours.get(id);
  if (!stored) throw projectErrors.notFound('parcours', id);
  return stored;
};

const assertShortNameFree = (
  session: ProjectSession,
  shortName: string,
  self: string | null,
): void => {
  const owner = session.repos.parcours.idByShortName(shortName);
  if (owner !== null && owner !== self) throw projectErrors.conflictShortName(shortName);
};

export const parcoursHandlers = {
  'parcours.createFromTemplate': templateHandlers['parcours.createFromTemplate'],
  'parcours.create': (input, { workspace }) => {
    const session = workspace.require();
    assertShortNameFree(session, input.shortName, null);
    const parcours = parcoursSchema.parse({
      id: randomUUID(),
      title: input.title,
      shortName: input.shortName,
      declaredHours: input.declaredHours,
    });
    const last = session.repos.parcours.lastPosition();
    const position = positionAt(last === null ? [] : [{ position: last }], 1);
    session.edit({ label: 'Créer le parcours', parcoursIds: [parcours.id] }, (uow) => {
      uow.put('parcours', session.repos.parcours.toRow(parcours, position));
    });
    const summary = session.repos.parcours.summaries().find((s) => s.id === parcours.id);
    if (!summary) throw projectErrors.notFound('parcours', parcours.id);
    return summary;
  },
  'parcours.update': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireParcours(session, input.id);
    if (input.patch.shortName !== undefined)
      assertShortNameFree(session, input.patch.shortName, input.id);
    const next: Parcours = parcoursSchema.parse({
      ...stored.parcours,
      ...input.patch,
      id: input.id,
    });
    const keys = Object.keys(input.patch).sort();
    const label =
      keys.length === 1 && keys[0] === 'title' ? 'Renommer le parcours' : 'Modifier le parcours';
    session.edit(
      { label, coalesceKey: `parcours:${input.id}:${keys.join(',')}`, parcoursIds: [input.id] },
      (uow) => {
        uow.put('parcours', session.repos.parcours.toRow(next, stored.position));
      },
    );
    return next;
  },
  'parcours.delete': (input, { workspace }) => {
    const session = workspace.require();
    requireParcours(session, input.id);
    const { sections, activities, questions, questionCategories } = session.repos;
    session.edit({ label: 'Supprimer le parcours', parcoursIds: [input.id] }, (uow) => {
      // The bank goes with its parcours: questions before the categories they reference.
      for (const { question } of questions.listOf(input.id)) uow.remove('questions', question.id);
      for (const { category } of questionCategories.listOf(input.id))
        uow.remove('question_categories', category.id);
      // Children are removed explicitly so the journal holds their images for undo.
      for (const section of sections.siblings(input.id)) {
        for (const activity of activities.siblings(section.id))
          uow.remove('activities', activity.id);
        uow.remove('sections', section.id);
      }
      uow.remove('parcours', input.id);
    });
    return null;
  },
  'parcours.outline': (input, { workspace }) => {
    const session = workspace.require();
    const { parcours } = requireParcours(session, input.id);
    const activities = session.repos.activities.summariesOfParcours(input.id);
    return {
      parcours,
      sections: session.repos.sections
        .listOf(input.id)
        .map((section) => ({ ...section, activities: activities.get(section.id) ?? [] })),
    };
  },
} satisfies HandlerGroup<'parcours'>;
