import type { QuestionCategory } from '../../../../shared/domain/question-category';
import type { Row } from './row-store';
import type { Sibling } from './section-repo';
import type { StatementCache } from './statement-cache';

export interface StoredQuestionCategory {
  category: QuestionCategory;
  parcoursId: string;
  position: string;
}

interface CategoryRow {
  parcours_id: string;
  position: string;
  data: string;
}

const fromRow = (row: CategoryRow): StoredQuestionCategory => ({
  category: JSON.parse(row.data) as QuestionCategory,
  parcoursId: row.parcours_id,
  position: row.position,
});

/** Reads of `question_categories` (migration 004); writes go through the unit of work. */
export interface QuestionCategoryRepo {
  get(id: string): StoredQuestionCategory | null;
  /** Every category of a parcours, siblings in order (not yet in tree order). */
  listOf(parcoursId: string): StoredQuestionCategory[];
  siblings(parcoursId: string, parentId: string | null): Sibling[];
  /** How many categories have `id` as parent. */
  childCount(id: string): number;
  toRow(category: QuestionCategory, parcoursId: string, position: string): Row;
}

export const createQuestionCategoryRepo = (cache: StatementCache): QuestionCategoryRepo => ({
  get(id) {
    const row = cache
      .get('SELECT parcours_id, position, data FROM question_categories WHERE id = ?')
      .get(id) as CategoryRow | undefined;
    return row ? fromRow(row) : null;
  },
  listOf: (parcoursId) =>
    (
      cache
        .get(
          `SELECT parcours_id, position, data FROM question_categories
           WHERE parcours_id = ? ORDER BY position, id`,
        )
        .all(parcoursId) as CategoryRow[]
    ).map(fromRow),
  siblings: (parcoursId, parentId) =>
    cache
      .get(
        `SELECT id, position FROM question_categories
         WHERE parcours_id = ? AND parent_id IS ? ORDER BY position, id`,
      )
      .all(parcoursId, parentId) as Sibling[],
  childCount: (id) =>
    (
      cache.get('SELECT COUNT(*) AS n FROM question_categories WHERE parent_id = ?').get(id) as {
        n: number;
      }
    ).n,
  toRow: (category, parcoursId, position) => ({
    id: category.id,
    parcours_id: parcoursId,
    parent_id: category.parentId,
    position,
    data: JSON.stringify(category),
  }),
});
