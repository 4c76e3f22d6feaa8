import type { Activity } from '../../../shared/domain/activity';
import type { Repos } from '../db/repos/create-repos';
import { projectErrors } from '../project-errors';

/**
 * A quiz's slots may only name questions and categories of its own parcours's bank: a slot
 * pointing elsewhere would export a quiz Moodle cannot restore. Slot ids must be unique.
 */
export const assertQuizSlots = (repos: Repos, activity: Activity, parcoursId: string): void => {
  if (activity.type !== 'quiz') return;
  const bad: string[] = [];
  const slotIds = new Set<string>();
  activity.slots.forEach((slot, index) => {
    if (slotIds.has(slot.id)) bad.push(`slots.${String(index)}.id`);
    slotIds.add(slot.id);
    const ref = slot.question;
    const owner =
      ref.kind === 'fixed'
        ? repos.questions.get(ref.questionId)?.parcoursId
        : repos.questionCategories.get(ref.categoryId)?.parcoursId;
    if (owner !== parcoursId) bad.push(`slots.${String(index)}.question`);
  });
  if (bad.length === 0) return;
  throw projectErrors.invalid(
    'Le test cite des questions ou catégories qui ne sont pas dans la banque de ce parcours (ou des emplacements en double) : choisissez-les dans la banque du parcours.',
    'The quiz refers to questions or categories that are not in this parcours’s bank (or repeats a slot): pick them from the parcours’s bank.',
    { fields: bad },
  );
};
