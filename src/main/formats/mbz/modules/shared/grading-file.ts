import type { MoodleSource } from '../../../../../shared/domain/moodle-source';
import type { MbzXmlFile } from '../../mbz-module';
import { isXmlNode, xmlNodes } from './module-source';

/**
 * `grading.xml` for a module with advanced grading (assign, forum): Moodle's restore reads it
 * for them and stops when it is missing, and a module without a grading form has it empty.
 * An imported one (a rubric…), kept by the container in `moodle.files`, is written instead.
 */
export const gradingFiles = (moodle: MoodleSource): MbzXmlFile[] => {
  const kept = xmlNodes(isXmlNode(moodle) ? moodle['files'] : undefined);
  if (kept.some((f) => f['name'] === 'grading.xml')) return [];
  return [{ name: 'grading.xml', root: 'areas', tree: {} }];
};
