import type { SourceJson as JsonValue } from '../../modules/shared/module-source';

/** What a random slot's filter says, as far as a backup can tell. */
export interface RandomFilter {
  categoryId: number;
  includeSubcategories: boolean;
  /** Tag names (the legacy form's `"<id>,<name>"`). */
  tags: string[];
  /** The 4.3+ form names tags by the source site's ids only: they cannot be read. */
  tagIdsDropped: boolean;
}

const asObject = (value: JsonValue | undefined): Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
const truthy = (value: JsonValue | undefined): boolean =>
  value === true || value === 1 || value === '1' || value === 'true';

/**
 * A `question_set_reference/filtercondition`, in the pre-4.3 form
 * (`{"questioncategoryid":6,"includingsubcategories":0,"tags":["1,foo"]}`) or the 4.3+ one
 * (`{"filter":{"category":{"values":[6],"filteroptions":{"includesubcategories":false}}}}`);
 * null when it names no category.
 */
export const readRandomFilter = (json: string): RandomFilter | null => {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(json) as JsonValue;
  } catch {
    return null;
  }
  const root = asObject(parsed);
  if ('filter' in root) {
    const filter = asObject(root.filter);
    const category = asObject(filter.category);
    const values = Array.isArray(category.values) ? category.values : [];
    const id = Number(values[0]);
    const options = asObject(category.filteroptions);
    const tagValues = asObject(filter.qtagids).values;
    return Number.isInteger(id) && id > 0
      ? {
          categoryId: id,
          includeSubcategories: truthy(
            options.includesubcategories ?? category.includesubcategories,
          ),
          tags: [],
          tagIdsDropped: Array.isArray(tagValues) && tagValues.length > 0,
        }
      : null;
  }
  const id = Number(root.questioncategoryid);
  if (!Number.isInteger(id) || id <= 0) return null;
  const tags = Array.isArray(root.tags) ? root.tags : [];
  return {
    categoryId: id,
    includeSubcategories: truthy(root.includingsubcategories),
    tags: tags.flatMap((tag) => {
      const name = typeof tag === 'string' ? tag.split(',')[1]?.trim() : undefined;
      return name === undefined || name === '' ? [] : [name];
    }),
    tagIdsDropped: false,
  };
};
