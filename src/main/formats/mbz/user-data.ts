import type { XmlNode } from '../moodle-xml/xml-node';
import { mbz } from './mbz-tree';

/**
 * A tree without the records of people: every element that has a `userid` (posts, entries,
 * submissions, attempts, enrolments, role assignments…) is removed; their container stays, empty.
 * Atelier never imports user data (docs/mbz.md).
 */
export const withoutUserData = (node: XmlNode): XmlNode => {
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(node)) {
    // A calendar event names who created it: it is course content all the same.
    if (key.startsWith('@_') || key === '#text' || key === 'event') {
      out[key] = value;
    } else if (Array.isArray(value)) {
      const kept = (value as unknown[]).filter((v) => !(mbz.isNode(v) && 'userid' in v));
      if (kept.length > 0) out[key] = kept.map((v) => (mbz.isNode(v) ? withoutUserData(v) : v));
    } else if (mbz.isNode(value)) {
      if (!('userid' in value)) out[key] = withoutUserData(value);
    } else {
      out[key] = value;
    }
  }
  return out;
};
