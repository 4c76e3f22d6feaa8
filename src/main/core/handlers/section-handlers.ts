import { randomUUID } from 'node:crypto';
import { sectionSchema } from '../../../shared/domain/section';
import { positionAt } from '../position-at';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import { assertRichText } from './assert-rich-text';
import type { HandlerGroup } from './handler-types';
import { sectionCopyHandlers } from './section-copy-handlers';

const requireSection = (session: ProjectSession, id: string) => {
  const stored = session.repos.sections.get(id);
  if (!stored) throw projectErrors.notFound('section', id);
  return stored;
};

export const sectionHandlers = {
  ...sectionCopyHandlers,
  'section.create': (input, { workspace }) => {
    const session = workspace.require();
    if (!session.repos.parcours.get(input.parcoursId)) {
      throw projectErrors.notFound('parcours', input.parcoursId);
    }
    const siblings = session.repos.sections.siblings(input.parcoursId);
    const position = positionAt(siblings, input.index ?? siblings.length);
    const section = sectionSchema.parse({ id: randomUUID(), title: input.title });
    session.edit({ label: 'Ajouter une section', parcoursIds: [input.parcoursId] }, (uow) => {
      uow.put('sections', session.repos.sections.toRow(section, input.parcoursId, position));
    });
    return section;
  },
  'section.update': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireSection(session, input.id);
    const next = sectionSchema.parse({ ...stored.section, ...input.patch, id: input.id });
    assertRichText([['summary', next.summary]]);
    const keys = Object.keys(input.patch).sort();
    const label =
      keys.length === 1 && keys[0] === 'title' ? 'Renommer la section' : 'Modifier la section';
    session.edit(
      {
        label,
        coalesceKey: `section:${input.id}:${keys.join(',')}`,
        parcoursIds: [stored.parcoursId],
      },
      (uow) => {
        uow.put('sections', session.repos.sections.toRow(next, stored.parcoursId, stored.position));
      },
    );
    return next;
  },
  'section.move': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireSection(session, input.id);
    const all = session.repos.sections.siblings(stored.parcoursId);
    const others = all.filter((s) => s.id !== input.id);
    const target = Math.min(input.toIndex, others.length);
    if (all.findIndex((s) => s.id === input.id) === target) return null;
    const position = positionAt(others, target);
    session.edit({ label: 'Déplacer la section', parcoursIds: [stored.parcoursId] }, (uow) => {
      uow.put(
        'sections',
        session.repos.sections.toRow(stored.section, stored.parcoursId, position),
      );
    });
    return null;
  },
  'section.delete': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireSection(session, input.id);
    session.edit({ label: 'Supprimer la section', parcoursIds: [stored.parcoursId] }, (uow) => {
      // Activities first and explicitly: the journal must hold their images to bring them back.
      for (const activity of session.repos.activities.siblings(input.id)) {
        uow.remove('activities', activity.id);
      }
      uow.remove('sections', input.id);
    });
    return null;
  },
} satisfies HandlerGroup<'section'>;
