import type { StoredQuestionCategory } from '../db/repos/question-category-repo';
import type { StoredQuestion } from '../db/repos/question-repo';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';

/** Reads of the bank that fail with `not_found` (French, then English) when absent. */
export const bankLookups = {
  parcours(session: ProjectSession, id: string): void {
    if (!session.repos.parcours.get(id)) throw projectErrors.notFound('parcours', id);
  },
  category(session: ProjectSession, id: string, parcoursId?: string): StoredQuestionCategory {
    const stored = session.repos.questionCategories.get(id);
    if (!stored || (parcoursId !== undefined && stored.parcoursId !== parcoursId)) {
      throw projectErrors.notFound('catégorie de questions / question category', id);
    }
    return stored;
  },
  question(session: ProjectSession, id: string): StoredQuestion {
    const stored = session.repos.questions.get(id);
    if (!stored) throw projectErrors.notFound('question', id);
    return stored;
  },
};
