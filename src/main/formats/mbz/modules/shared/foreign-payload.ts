import type { MoodleSource } from '../../../../../shared/domain/moodle-source';
import { isXmlNode, xmlNodes } from './module-source';

/**
 * A file of a foreign module's context, kept in the activity's `moodle.foreignFiles`: where it
 * was (component, area, item, path, name), the medium holding its bytes, and what its record
 * said beyond them. Directories are not kept: each is added again for the files under it.
 */
// A type, not an interface: the `moodle` source takes it as JSON.
export type ForeignFile = {
  component: string;
  fileArea: string;
  itemId: number;
  filePath: string;
  fileName: string;
  mediaId: string;
  author: string | null;
  license: string | null;
  sortOrder: number;
};

/** The key of the foreign files in the `moodle` source. */
export const FOREIGN_FILES = 'foreignFiles';

const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const fileOf = (value: unknown): ForeignFile | null => {
  if (!isXmlNode(value)) return null;
  const { component, fileArea, itemId, filePath, fileName, mediaId, sortOrder } = value;
  if (typeof component !== 'string' || typeof fileArea !== 'string') return null;
  if (typeof filePath !== 'string' || typeof fileName !== 'string') return null;
  if (typeof mediaId !== 'string' || typeof itemId !== 'number') return null;
  return {
    component,
    fileArea,
    itemId,
    filePath,
    fileName,
    mediaId,
    author: orNull(value['author']),
    license: orNull(value['license']),
    sortOrder: typeof sortOrder === 'number' ? sortOrder : 0,
  };
};

/** The foreign files kept in an activity's `moodle` source (none when there are none). */
export const foreignFilesOf = (moodle: MoodleSource): ForeignFile[] =>
  xmlNodes(moodle?.[FOREIGN_FILES]).flatMap((f) => {
    const file = fileOf(f);
    return file === null ? [] : [file];
  });
