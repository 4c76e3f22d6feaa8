import type { XmlNode } from '../moodle-xml/xml-node';
import { mbz } from './mbz-tree';

/** What the report says of dropped 2.6 restrictions. */
export const LEGACY_NOTE = {
  fr: 'Restrictions d’accès au format Moodle 2.6 non reprises : à refaire dans Moodle.',
  en: 'Access restrictions in the Moodle 2.6 format are not imported: set them again in Moodle.',
};

/** Access restrictions as Moodle 2.6 stored them (before the availability API of 2.7). */
const LEGACY = [
  'availablefrom',
  'availableuntil',
  'showavailability',
  'groupmembersonly',
  'availability_info',
  'availability_field',
];

/**
 * A `section.xml` or `module.xml` without its Moodle 2.6 access restrictions, and whether it
 * had any that restricted something. They are not kept: their cmids and grade item ids are the
 * old backup's, which Atelier's export renumbers, so written back they could point elsewhere.
 * (A 4.x `availability` is a JSON string; 2.6's is an element.)
 */
export const withoutLegacyAvailability = (
  node: XmlNode,
): { node: XmlNode; restricted: boolean } => {
  const legacy = (key: string): boolean =>
    LEGACY.includes(key) ||
    (key === 'availability' && (mbz.isNode(node[key]) || Array.isArray(node[key])));
  let restricted = false;
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (!legacy(key)) {
      out[key] = value;
      continue;
    }
    const text = typeof value === 'string' ? value : '';
    if (mbz.isNode(value) || Array.isArray(value)) restricted ||= mbz.hasContent(value);
    else if (key === 'availablefrom' || key === 'availableuntil' || key === 'groupmembersonly')
      restricted ||= text !== '' && text !== '0';
  }
  return { node: out, restricted };
};
