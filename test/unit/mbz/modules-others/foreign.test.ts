import { describe, expect, it } from 'vitest';
import { foreignCodec, foreignRecordIds } from '../../../../src/main/formats/mbz/modules/foreign';
import {
  diffNodes,
  filesOfContext,
  readActivity,
  readFolder,
  REFERENCES,
  writeActivity,
} from './codec-harness';

describe('a module the model does not know', () => {
  it('keeps a lesson whole: every field and record id, its grade item to the container', () => {
    const folder = readFolder(REFERENCES['4.5'], 'lesson_24');
    const { activity, notes } = readActivity(foreignCodec, folder);
    expect(notes).toEqual([]);
    expect(activity.moodle?.['gradeItems']).toHaveLength(1);
    const { merged, result } = writeActivity(foreignCodec, activity);
    expect(diffNodes(folder.instance, merged)).toEqual([]);
    expect(merged['@_id']).toBe('7');
    expect(result.fileIds).toEqual([]);
    // The pages keep their ids: answers' jumps point at them.
    expect(foreignRecordIds(activity).get('page')).toEqual(['1', '2', '3', '4']);
  });

  it('keeps a folder whole with its files, added again in the new context', () => {
    const folder = readFolder(REFERENCES['4.5'], 'folder_33');
    const records = filesOfContext(REFERENCES['4.5'], folder.contextId);
    expect(records.filter((r) => r.fileName !== '.')).toHaveLength(2);
    const { activity, notes } = readActivity(foreignCodec, folder, records);
    expect(notes).toEqual([]);
    const { merged, result, files } = writeActivity(foreignCodec, activity);
    // The container writes every intro as HTML (this one was Moodle auto-format).
    expect(diffNodes(folder.instance, merged)).toEqual(['/introformat: "0" ≠ "1"']);
    const written = files.records();
    expect(result.fileIds).toEqual(written.map((r) => r.id));
    const key = (r: (typeof written)[number]) =>
      [
        r.component,
        r.fileArea,
        r.itemId,
        r.filePath,
        r.fileName,
        r.author,
        r.license,
        r.mediaId,
      ].join(' ');
    expect(written.map(key).sort()).toEqual(records.map(key).sort());
    expect(written.every((r) => r.contextId === 900)).toBe(true);
  });

  it('reports a file the backup lacks and keeps the others', () => {
    const folder = readFolder(REFERENCES['4.5'], 'folder_33');
    const records = filesOfContext(REFERENCES['4.5'], folder.contextId);
    const missing = records.map((r, i) =>
      i === 0 && r.fileName !== '.' ? { ...r, mediaId: null } : r,
    );
    const lacking = missing[0]?.mediaId === null ? 1 : 0;
    const { activity, notes } = readActivity(foreignCodec, folder, missing);
    expect(notes).toHaveLength(lacking);
    expect(activity.moodle?.['foreignFiles']).toHaveLength(2 - lacking);
  });

  it('keeps a subsection (a 4.5 module) whole', () => {
    const folder = readFolder(REFERENCES['4.5'], 'subsection_31');
    const { activity } = readActivity(foreignCodec, folder);
    const { instance, merged } = writeActivity(foreignCodec, activity);
    expect(diffNodes(folder.instance, instance)).toEqual([]);
    // The container gives every instance an intro; restore drops what is not a column.
    expect(diffNodes(folder.instance, merged)).toEqual([
      '/intro: only in the second',
      '/introformat: only in the second',
    ]);
  });
});
