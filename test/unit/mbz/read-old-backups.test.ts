import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { MbzReadError } from '../../../src/main/formats/mbz/mbz-read-error';
import { loadCodecs } from './support/available-codecs';
import { checkReferences } from './support/backup-references';
import { backupFromBuild } from './support/backup-tree';
import { readReference, REFERENCE, writeRead } from './support/read-reference';

const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});

const unpack = async (name: string): Promise<string> => {
  const dir = join(mkdtempSync(join(tmpdir(), 'atelier-mbz-old-')), 'backup');
  dirs.push(dir);
  await extractArchive(`${REFERENCE}/fixtures/${name}.mbz`, dir);
  return dir;
};

describe("Moodle's own fixture backups (2.6 to 4.1)", () => {
  it.each([
    'admin_tool_uploadcourse__backup',
    'backup_moodle2__availability_26_format',
    'backup_moodle2__question_category_35_format',
    'backup_moodle2__test_tags_backup',
    'completion__legacy_course_completion',
    'mod_quiz__pre-40-shared-random-question',
  ])('%s reads into a parcours that writes a consistent backup', async (name) => {
    const { codecs } = await loadCodecs();
    const read = await readReference(await unpack(name), codecs);
    expect(read.document.sections.length).toBeGreaterThan(0);
    for (const item of read.report.items) expect(item.reason.fr, item.path).not.toBe('');
    expect(checkReferences(backupFromBuild(writeRead(read, codecs, '4.1')))).toEqual([]);
  });

  it.each([
    'mod_quiz__moodle_28_quiz',
    'mod_quiz__moodle_311_quiz',
    'mod_quiz__moodle_42_random_question',
  ])('%s (an activity backup) is refused', async (name) => {
    const { codecs } = await loadCodecs();
    await expect(readReference(await unpack(name), codecs)).rejects.toBeInstanceOf(MbzReadError);
  });
});
