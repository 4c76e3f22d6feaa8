import { createHash } from 'node:crypto';
import type { Question } from '../../../../shared/domain/question';

const digest = (...parts: string[]): string =>
  createHash('sha1').update(parts.join('\0')).digest('hex').slice(0, 20);

/**
 * Stamps of written categories and questions. Moodle's are `host+date+random`; restore matches
 * them when the target context already has a category with the same stamp (README §8,
 * `restore_dbops::prechek_precheck_qbanks_by_level`), then maps questions of that category by
 * stamp instead of creating them. So a category's stamp follows its id (a re-publication lands in
 * the same category) and a question's follows its whole content (an unchanged question is
 * reused, an edited one is created anew). No time in them: the same input gives the same bytes.
 */
export const mbzStamp = {
  top: (contextKey: string): string => `atelier+${digest('top', contextKey)}`,
  category: (categoryId: string): string => `atelier+${digest('category', categoryId)}`,
  question: (q: Question): string => `atelier+${digest('question', JSON.stringify(q))}`,
  child: (parentStamp: string, position: number): string => `${parentStamp}+${String(position)}`,
};
