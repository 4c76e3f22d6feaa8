import type { QuestionCategory } from './question-category';

const empty = { format: 'html' as const, text: '', files: [] };

/**
 * Finds or creates (in `categories`) the category at the end of `names` under the roots of
 * `context`, and returns its id. Used by importers, which create missing categories as Moodle
 * does.
 */
export const ensureQuestionCategory = (
  categories: QuestionCategory[],
  context: QuestionCategory['context'],
  names: string[],
  newId: () => string,
): string | null => {
  let parentId: string | null = null;
  for (const name of names) {
    const found = categories.find(
      (category) =>
        category.parentId === parentId &&
        category.name === name &&
        (parentId !== null || category.context === context),
    );
    if (found) {
      parentId = found.id;
      continue;
    }
    const created: QuestionCategory = {
      id: newId(),
      parentId,
      name,
      info: empty,
      idnumber: null,
      context,
    };
    categories.push(created);
    parentId = created.id;
  }
  return parentId;
};
