import type { MoodleSource } from '../../../shared/domain/moodle-source';
import type { XmlNode } from '../moodle-xml/xml-node';
import { mbzSource } from './mbz-source';

/**
 * Instance fields a codec writes with these values only for an activity made in Atelier: an
 * imported one keeps its own values (those it had), still in the codec's order, so the
 * container writes them where Moodle does.
 */
export const newInstanceFields = (moodle: MoodleSource, fields: XmlNode): XmlNode => {
  const kept = mbzSource.activity(moodle).instance;
  if (kept === undefined) return fields;
  return Object.fromEntries(Object.keys(fields).flatMap((k) => (k in kept ? [[k, kept[k]]] : [])));
};

/** An unmapped instance field as imported (string), or undefined for a new activity. */
export const importedField = (moodle: MoodleSource, name: string): unknown =>
  mbzSource.activity(moodle).instance?.[name];

/** An unmapped instance field as imported, as text (`''` when absent or not text). */
export const importedText = (moodle: MoodleSource, name: string): string => {
  const value = importedField(moodle, name);
  return typeof value === 'string' ? value : '';
};
