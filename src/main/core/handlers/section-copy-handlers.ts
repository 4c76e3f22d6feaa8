import { randomUUID } from 'node:crypto';
import type { Section } from '../../../shared/domain/section';
import type { UnitOfWork } from '../journal/unit-of-work';
import { cloneActivity, copyTitle } from '../outline/clone-activity';
import { positionAt } from '../position-at';
import { createBankCopier } from '../questions/bank-copier';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import type { HandlerSet } from './handler-types';

const requireSection = (session: ProjectSession, id: string) => {
  const stored = session.repos.sections.get(id);
  if (!stored) throw projectErrors.notFound('section', id);
  return stored;
};

/**
 * Writes a copy of section `sourceId` (new ids for it, its activities and their chapters)
 * into `parcoursId` at `position`. Activities keep their relative positions: they are alone
 * in the new section. Quizzes copied to another parcours take their questions along.
 */
const writeSectionCopy = (
  session: ProjectSession,
  uow: UnitOfWork,
  source: Section,
  sourceId: string,
  parcoursId: string,
  position: string,
  title: string,
): Section => {
  const copy: Section = { ...structuredClone(source), id: randomUUID(), title };
  uow.put('sections', session.repos.sections.toRow(copy, parcoursId, position));
  const fromParcoursId = session.repos.sections.get(sourceId)?.parcoursId ?? parcoursId;
  const remap = createBankCopier(session.repos, uow, fromParcoursId, parcoursId);
  for (const stored of session.repos.activities.inSection(sourceId)) {
    const activity = remap(cloneActivity(stored.activity));
    uow.put('activities', session.repos.activities.toRow(activity, copy.id, stored.position));
  }
  return copy;
};

/**
 * Copies of sections. A duplicate lands right after its original and is titled
 * "… (copie)" so the two can be told apart in the outline; a copy to a parcours keeps the
 * title (it lands elsewhere, at the end). Activities inside keep their titles either way.
 */
export const sectionCopyHandlers = {
  'section.duplicate': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireSection(session, input.id);
    const siblings = session.repos.sections.siblings(stored.parcoursId);
    const index = siblings.findIndex((s) => s.id === input.id);
    const position = positionAt(siblings, index + 1);
    return session.edit(
      { label: 'Dupliquer la section', parcoursIds: [stored.parcoursId] },
      (uow) =>
        writeSectionCopy(
          session,
          uow,
          stored.section,
          input.id,
          stored.parcoursId,
          position,
          copyTitle(stored.section.title),
        ),
    );
  },
  'section.copyTo': (input, { workspace }) => {
    const session = workspace.require();
    const stored = requireSection(session, input.id);
    if (!session.repos.parcours.get(input.parcoursId)) {
      throw projectErrors.notFound('parcours', input.parcoursId);
    }
    const siblings = session.repos.sections.siblings(input.parcoursId);
    const position = positionAt(siblings, siblings.length);
    return session.edit({ label: 'Copier la section', parcoursIds: [input.parcoursId] }, (uow) =>
      writeSectionCopy(
        session,
        uow,
        stored.section,
        input.id,
        input.parcoursId,
        position,
        stored.section.title,
      ),
    );
  },
} satisfies HandlerSet<'section.duplicate' | 'section.copyTo'>;
