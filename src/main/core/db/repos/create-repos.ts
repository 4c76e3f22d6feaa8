import type { Database } from 'better-sqlite3';
import { createActivityRepo, type ActivityRepo } from './activity-repo';
import { createJournalRepo, type JournalRepo } from './journal-repo';
import { createMediaRepo, type MediaRepo } from './media-repo';
import { createMetaRepo, type MetaRepo } from './meta-repo';
import { createParcoursRepo, type ParcoursRepo } from './parcours-repo';
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
    journal: createJournalRepo(cache),
    rows: createRowStore(cache),
  };
};
