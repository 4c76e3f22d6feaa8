import type { Database } from 'better-sqlite3';
import { createActivityRepo, type ActivityRepo } from './activity-repo';
import { createJournalRepo, type JournalRepo } from './journal-repo';
import { createMediaRepo, type MediaRepo } from './media-repo';
import { createMetaRepo, type MetaRepo } from './meta-repo';
import { createParcoursRepo, type ParcoursRepo } from './parcours-repo';
import { createQuestionCategoryRepo, type QuestionCategoryRepo } from './question-category-repo';
import { createQuestionRepo, type QuestionRepo } from './question-repo';
import { createRowStore, type RowStore } from './row-store';
import { createSectionRepo, type SectionRepo } from './section-repo';
import { createStatementCache } from './statement-cache';

/** Every repository of one connection, sharing one statement cache. */
export interface Repos {
  meta: MetaRepo;
  parcours: ParcoursRepo;
  sections: SectionRepo;
  activities: ActivityRepo;
  media: MediaRepo;
  questionCategories: QuestionCategoryRepo;
  questions: QuestionRepo;
  journal: JournalRepo;
  rows: RowStore;
}

export const createRepos = (db: Database): Repos => {
  const cache = createStatementCache(db);
  return {
    meta: createMetaRepo(cache),
    parcours: createParcoursRepo(cache),
    sections: createSectionRepo(cache),
    activities: createActivityRepo(cache),
    media: createMediaRepo(cache),
    questionCategories: createQuestionCategoryRepo(cache),
    questions: createQuestionRepo(cache),
    journal: createJournalRepo(cache),
    rows: createRowStore(cache),
  };
};
