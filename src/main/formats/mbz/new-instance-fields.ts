import type { MoodleSource } from '../../../shared/domain/moodle-source';
import type { XmlNode } from '../moodle-xml/xml-node';
import { mbzSource } from './mbz-source';

/**
 * Instance fields a codec writes only for an activity made in Atelier: an imported one keeps
 * its own (the container lays the codec's instance over the source's, so writing these would
 * overwrite what was imported).
 */
export const newInstanceFields = (moodle: MoodleSource, fields: XmlNode): XmlNode =>
  mbzSource.activity(moodle).instance === undefined ? fields : {};

/** An unmapped instance field as imported (string), or undefined for a new activity. */
export const importedField = (moodle: MoodleSource, name: string): unknown =>
  mbzSource.activity(moodle).instance?.[name];

/** An unmapped instance field as imported, as text (`''` when absent or not text). */
export const importedText = (moodle: MoodleSource, name: string): string => {
  const value = importedField(moodle, name);
  return typeof value === 'string' ? value : '';
};
