import type { Client } from '../../shared/contract/create-client';
import { questionCategoryPath } from '../../shared/domain/question-category-path';

/**
 * The id of the category at `path` ("Évaluation/Séquence 1", `//` for a `/` in a name; a
 * `$course$/top/` prefix is accepted) in a parcours's bank, created along the way if missing.
 */
export const resolveCategoryPath = async (
  client: Client,
  parcoursId: string,
  path: string,
): Promise<string | undefined> => {
  const { names } = questionCategoryPath.parse(path);
  let parentId: string | null = null;
  for (const name of names) {
    const categories = await client.invoke('questionCategory.list', { parcoursId });
    const found = categories.find((c) => c.parentId === parentId && c.name === name);
    parentId =
      found?.id ??
      (await client.invoke('questionCategory.create', { parcoursId, parentId, name })).id;
  }
  return parentId ?? undefined;
};
