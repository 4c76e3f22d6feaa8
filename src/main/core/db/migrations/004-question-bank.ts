import type { Migration } from './migration';

/**
 * The question bank (docs/questions.md): categories and questions belong to one parcours.
 * Categories nest through `parent_id` (no foreign key: the journal writes a deleted subtree's
 * rows back in any order, and the core refuses to delete a category that is not empty);
 * `position` orders siblings with fractional keys. Questions keep their type and name as
 * columns for listing, and `search`: name, text and tags lower-cased without accents, so a
 * search is one `LIKE` over one column. Quizzes refer to questions and categories by id in
 * their JSON; the core checks those references on every edit.
 */
export const migration004QuestionBank: Migration = {
  version: 4,
  name: 'question-bank',
  up(db) {
    db.exec(`
      CREATE TABLE question_categories (
        id TEXT PRIMARY KEY,
        parcours_id TEXT NOT NULL REFERENCES parcours(id) ON DELETE CASCADE,
        parent_id TEXT,
        position TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX question_categories_by_parent
        ON question_categories(parcours_id, parent_id, position);
      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        parcours_id TEXT NOT NULL REFERENCES parcours(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL REFERENCES question_categories(id),
        position TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        search TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX questions_by_parcours ON questions(parcours_id, category_id, position);
      CREATE INDEX questions_by_category ON questions(category_id, position);
    `);
  },
};
