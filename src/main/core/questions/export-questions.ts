import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { QuestionExportReport } from '../../../shared/domain/question-export-report';
import { writeGift } from '../../formats/gift/write-gift';
import { writeMoodleXml } from '../../formats/moodle-xml/write-moodle-xml';
import type { MediaRepo } from '../db/repos/media-repo';
import type { Repos } from '../db/repos/create-repos';
import { bankInTreeOrder } from './bank-in-tree-order';
import { categorySubtree } from './category-subtree';

export interface ExportRequest {
  parcoursId: string;
  format: 'gift' | 'moodle-xml';
  categoryId?: string | undefined;
  questionIds?: readonly string[] | undefined;
}

/** A medium's bytes as base64 (question images are small; the export is one string anyway). */
const base64Of = (media: MediaRepo, id: string): string | undefined => {
  if (!media.get(id)) return undefined;
  const chunks: Buffer[] = [];
  for (let index = 0; ; index += 1) {
    const chunk = media.readChunk(id, index);
    if (!chunk) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('base64');
};

/** The categories on the way from each of `ids` to its root, in tree order. */
const withAncestors = (all: readonly QuestionCategory[], ids: Set<string>): QuestionCategory[] => {
  const keep = new Set<string>();
  for (const id of ids) {
    let current = all.find((c) => c.id === id);
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      const parentId = current.parentId;
      current = parentId === null ? undefined : all.find((c) => c.id === parentId);
    }
  }
  return all.filter((c) => keep.has(c.id));
};

/**
 * Writes the bank of a parcours (or a category and its subcategories, or some questions) as
 * Moodle writes GIFT or Moodle XML, in tree order; the `question: N` comments number the
 * questions from 1. Images are read from the media library.
 */
export const exportQuestions = (
  repos: Repos,
  request: ExportRequest,
): { content: string; report: QuestionExportReport } => {
  const bank = bankInTreeOrder(repos, request.parcoursId);
  let { questions, categories } = bank;
  if (request.categoryId !== undefined) {
    const subtree = new Set(categorySubtree(categories, request.categoryId));
    questions = questions.filter((q) => subtree.has(q.categoryId));
    categories = withAncestors(categories, subtree);
  }
  if (request.questionIds !== undefined) {
    const wanted = new Set(request.questionIds);
    questions = questions.filter((q) => wanted.has(q.id));
    categories = withAncestors(categories, new Set(questions.map((q) => q.categoryId)));
  }
  const written =
    request.format === 'gift'
      ? writeGift(questions, categories)
      : writeMoodleXml(questions, categories, (id) => base64Of(repos.media, id));
  return { content: written.text, report: written.report };
};
