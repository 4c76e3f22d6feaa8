/** A condition tree of Moodle's availability API (`{"op":"&","c":[…],"showc":[…]}`). */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Rewrites the `cm` of every completion condition of an availability JSON with `map` (old cmid
 * → activity id on import, activity id → new cmid on export). A condition whose activity is not
 * in `map` is removed with its `showc` entry and reported through `lost`. Returns null for a
 * tree left empty or for text that is not JSON (reported too).
 */
export const remapAvailability = (
  json: string | null,
  map: (cm: Json) => string | number | undefined,
  lost: (what: string) => void,
): string | null => {
  if (json === null || json.trim() === '') return null;
  let tree: Json;
  try {
    tree = JSON.parse(json) as Json;
  } catch {
    lost(json.slice(0, 80));
    return null;
  }
  const walk = (node: Json): Json | undefined => {
    if (!isObject(node)) return node;
    if (node['type'] === 'completion') {
      const cm = map(node['cm'] ?? null);
      if (cm === undefined) {
        lost(`completion cm ${JSON.stringify(node['cm'] ?? null)}`);
        return undefined;
      }
      return { ...node, cm };
    }
    const children = node['c'];
    if (!Array.isArray(children)) return node;
    const showc = node['showc'];
    const kept: Json[] = [];
    const keptShow: Json[] = [];
    children.forEach((child, i) => {
      const out = walk(child);
      if (out === undefined) return;
      kept.push(out);
      if (Array.isArray(showc) && i < showc.length) keptShow.push(showc[i] ?? true);
    });
    if (kept.length === 0) return undefined;
    return { ...node, c: kept, ...(Array.isArray(showc) ? { showc: keptShow } : {}) };
  };
  const out = walk(tree);
  return out === undefined ? null : JSON.stringify(out);
};
