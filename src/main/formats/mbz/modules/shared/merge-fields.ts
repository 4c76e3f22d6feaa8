import type { XmlNode } from '../../../moodle-xml/xml-node';

/**
 * An instance element's fields in Moodle's order: `template` (Moodle's defaults for the target,
 * in the order Moodle writes them) with the values `kept` from an imported activity. A kept
 * field the template does not know (a newer Moodle's, a plugin's) goes right after the field it
 * followed in the import, so the written element keeps the imported order.
 */
export const mergeFields = (template: XmlNode, kept: XmlNode | null): XmlNode => {
  if (kept === null) return { ...template };
  const order = Object.keys(template);
  let previous: string | null = null;
  for (const key of Object.keys(kept)) {
    if (!order.includes(key))
      order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, key);
    previous = key;
  }
  return Object.fromEntries(order.map((key) => [key, key in kept ? kept[key] : template[key]]));
};
