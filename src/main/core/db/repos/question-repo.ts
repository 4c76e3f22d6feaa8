import type { Question, QuestionType } from '../../../../shared/domain/question';
import { foldSearchText } from '../../questions/question-search-text';
import type { Row } from './row-store';
import type { Sibling } from './section-repo';
import type { StatementCache } from './statement-cache';

export interface StoredQuestion {
  question: Question;
  parcoursId: string;
  position: string;
}

/** What `listOf` filters on in SQL; tags are matched on the parsed questions. */
export interface QuestionFilter {
  categoryIds?: readonly string[];
  /** Already folded with `foldSearchText`. */
  search?: string;
  type?: QuestionType;
}

interface QuestionRow {
  parcours_id: string;
  position: string;
  data: string;
}

const fromRow = (row: QuestionRow): StoredQuestion => ({
  question: JSON.parse(row.data) as Question,
  parcoursId: row.parcours_id,
  position: row.position,
});

const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Reads of `questions` (migration 004); writes go through the unit of work with `toRow`. */
export interface QuestionRepo {
  get(id: string): StoredQuestion | null;
  /** The questions of a parcours in bank order (category, then position). */
  listOf(parcoursId: string, filter?: QuestionFilter): StoredQuestion[];
  siblings(categoryId: string): Sibling[];
  countByCategory(parcoursId: string): Map<string, number>;
  toRow(question: Question, parcoursId: string, position: string): Row;
}

export const createQuestionRepo = (cache: StatementCache): QuestionRepo => ({
  get(id) {
    const row = cache
      .get('SELECT parcours_id, position, data FROM questions WHERE id = ?')
      .get(id) as QuestionRow | undefined;
    return row ? fromRow(row) : null;
  },
  listOf(parcoursId, filter = {}) {
    const where = ['parcours_id = ?'];
    const params: string[] = [parcoursId];
    if (filter.categoryIds) {
      // json_each keeps one prepared statement whatever the number of categories.
      where.push('category_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filter.categoryIds));
    }
    if (filter.type) {
      where.push('type = ?');
      params.push(filter.type);
    }
    for (const word of (filter.search ?? '').split(' ').filter((w) => w !== '')) {
      where.push(`search LIKE ? ESCAPE '\\'`);
      params.push(`%${likeEscape(word)}%`);
    }
    const sql = `SELECT parcours_id, position, data FROM questions WHERE ${where.join(' AND ')}
      ORDER BY category_id, position, id`;
    return (cache.get(sql).all(...params) as QuestionRow[]).map(fromRow);
  },
  siblings: (categoryId) =>
    cache
      .get('SELECT id, position FROM questions WHERE category_id = ? ORDER BY position, id')
      .all(categoryId) as Sibling[],
  countByCategory: (parcoursId) =>
    new Map(
      (
        cache
          .get(
            `SELECT category_id AS id, COUNT(*) AS n FROM questions
             WHERE parcours_id = ? GROUP BY category_id`,
          )
          .all(parcoursId) as { id: string; n: number }[]
      ).map((row) => [row.id, row.n]),
    ),
  toRow: (question, parcoursId, position) => ({
    id: question.id,
    parcours_id: parcoursId,
    category_id: question.categoryId,
    position,
    type: question.type,
    name: question.name,
    search: foldSearchText([question.name, question.text.text, ...question.tags].join(' ')),
    data: JSON.stringify(question),
  }),
});
