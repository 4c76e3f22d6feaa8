import { randomUUID } from 'node:crypto';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { QuestionImportResult } from '../../../shared/domain/question-import-result';
import { parseGift } from '../../formats/gift/parse-gift';
import { parseMoodleXml, type QuestionAttachment } from '../../formats/moodle-xml/parse-moodle-xml';
import type { ProjectSession } from '../project-session';
import { positionAt } from '../position-at';
import { remapMediaIds } from './remap-media-ids';
import { storeAttachments } from './store-attachments';

/** Stands for "no `$CATEGORY` in the file": such questions go to the chosen category. */
const NO_CATEGORY = '\u0000';
const DEFAULT_NAME = 'Importé';
const FILE_LEVEL = new Set(['xml-forbidden', 'xml-malformed']);

export interface ImportRequest {
  parcoursId: string;
  format: 'gift' | 'moodle-xml';
  content: string;
  categoryId: string | undefined;
}

/**
 * Imports a GIFT or Moodle XML text into a parcours's bank as one edit (one undo step).
 * Categories are found by path under `categoryId` (or at the root) and created when missing;
 * questions without a category go to `categoryId` (or a root « Importé »). Files become media.
 * A file that yields no question writes nothing.
 */
export const importQuestions = (
  session: ProjectSession,
  request: ImportRequest,
  now: Date,
): QuestionImportResult => {
  const options = { newId: () => randomUUID(), defaultCategoryName: NO_CATEGORY };
  const parsed =
    request.format === 'gift'
      ? { ...parseGift(request.content, options), attachments: [] as QuestionAttachment[] }
      : parseMoodleXml(request.content, options);
  const { report } = parsed;
  const result: QuestionImportResult = {
    ...report,
    skipped: report.errors.filter((e) => !FILE_LEVEL.has(e.code)).length,
    questionIds: [],
    createdCategoryIds: [],
    mediaIds: [],
  };
  if (parsed.questions.length === 0) return { ...result, imported: 0 };
  const { repos } = session;
  const { parcoursId } = request;
  session.edit({ label: 'Importer des questions', parcoursIds: [parcoursId] }, (uow) => {
    const categoryIds = new Map<string, string>();
    const findOrCreate = (source: QuestionCategory, parentId: string | null): string => {
      const existing = repos.questionCategories
        .listOf(parcoursId)
        .find(
          ({ category: c }) =>
            c.parentId === parentId &&
            c.name === source.name &&
            (parentId !== null || c.context === source.context),
        );
      if (existing) return existing.category.id;
      const created = { ...source, id: randomUUID(), parentId };
      const siblings = repos.questionCategories.siblings(parcoursId, parentId);
      uow.put(
        'question_categories',
        repos.questionCategories.toRow(created, parcoursId, positionAt(siblings, siblings.length)),
      );
      result.createdCategoryIds.push(created.id);
      return created.id;
    };
    const root = request.categoryId ?? null;
    const media = storeAttachments(repos, uow, parsed.attachments, now);
    result.mediaIds = [...new Set(media.values())];
    // Importers list parents before children.
    for (const category of parsed.categories) {
      const parentId =
        category.parentId === null ? root : (categoryIds.get(category.parentId) ?? root);
      const target =
        category.name === NO_CATEGORY
          ? (root ?? findOrCreate({ ...category, name: DEFAULT_NAME }, null))
          : findOrCreate(remapMediaIds(category, media), parentId);
      categoryIds.set(category.id, target);
    }
    for (const question of parsed.questions) {
      const categoryId = categoryIds.get(question.categoryId) ?? root;
      if (categoryId === null) continue;
      const stored = remapMediaIds({ ...question, categoryId }, media);
      const siblings = repos.questions.siblings(categoryId);
      uow.put(
        'questions',
        repos.questions.toRow(stored, parcoursId, positionAt(siblings, siblings.length)),
      );
      result.questionIds.push(stored.id);
    }
  });
  return { ...result, imported: result.questionIds.length };
};
