import type { XmlNode } from '../../moodle-xml/xml-node';

/** Columns of a type's rows that hold the id of another row of the same question. */
const REFERENCES: Record<string, Record<string, string>> = {
  truefalse: { trueanswer: 'answer', falseanswer: 'answer' },
  numerical_record: { answer: 'answer' },
  calculated_record: { answer: 'answer' },
};

const renumber = (
  value: unknown,
  name: string,
  ids: Map<string, number>,
  newId: () => number,
): unknown => {
  if (Array.isArray(value)) return value.map((item) => renumber(item, name, ids, newId));
  if (typeof value !== 'object' || value === null) return value;
  const out: XmlNode = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '@_id' && typeof child === 'string') {
      const id = newId();
      ids.set(`${name}:${child}`, id);
      out[key] = id;
    } else out[key] = key.startsWith('@_') ? child : renumber(child, key, ids, newId);
  }
  return out;
};

const relink = (value: unknown, name: string, ids: Map<string, number>): unknown => {
  if (Array.isArray(value)) return value.map((item) => relink(item, name, ids));
  if (typeof value !== 'object' || value === null) return value;
  const refs = REFERENCES[name] ?? {};
  const out: XmlNode = {};
  for (const [key, child] of Object.entries(value)) {
    const target = refs[key];
    if (target !== undefined && typeof child === 'string')
      out[key] = ids.get(`${target}:${child}`) ?? child;
    // A shared dataset names a category of the source site: make it private to the question.
    else if (name === 'dataset_definition' && key === 'category') out[key] = '0';
    else out[key] = key.startsWith('@_') ? child : relink(child, key, ids);
  }
  return out;
};

/**
 * A kept question's type elements with fresh ids (so they cannot collide with the rows the
 * writer makes), the columns that point at its own rows following them. Returns the new
 * elements and the old → new id map (`element:oldId` keys) for its files' item ids.
 */
export const renumberKeptPlugins = (
  plugins: readonly [string, XmlNode][],
  newId: () => number,
): { plugins: [string, XmlNode][]; ids: Map<string, number> } => {
  const ids = new Map<string, number>();
  const renumbered = plugins.map(([name, node]): [string, unknown] => [
    name,
    renumber(node, name, ids, newId),
  ]);
  return {
    plugins: renumbered.map(([name, node]) => [name, relink(node, name, ids) as XmlNode]),
    ids,
  };
};
