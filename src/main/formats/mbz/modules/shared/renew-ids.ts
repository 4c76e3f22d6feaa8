import { isXmlNode } from './module-source';

/**
 * A kept element with every record id (`id` attribute) replaced by a fresh one, so that records
 * copied from an imported activity (glossary categories, choice options…) cannot clash with the
 * same records of another activity in the backup: Moodle's restore maps ids by item type and
 * refuses an old id it has already seen.
 */
export const renewIds = (value: unknown, newId: () => number): unknown => {
  if (Array.isArray(value)) return value.map((item: unknown) => renewIds(item, newId));
  if (!isXmlNode(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '@_id' ? newId() : renewIds(child, newId),
    ]),
  );
};
