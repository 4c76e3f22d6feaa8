import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MbzReadError } from '../../../src/main/formats/mbz/mbz-read-error';
import { OWN_CODECS } from './support/available-codecs';
import { readReference, REF_45, REFERENCE } from './support/read-reference';

const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-mbz-refused-'));
  dirs.push(dir);
  return dir;
};
const copyOfReference = (): string => {
  const dir = tmp();
  cpSync(REF_45, dir, { recursive: true });
  return dir;
};

const refusal = async (dir: string): Promise<MbzReadError> => {
  try {
    await readReference(dir, OWN_CODECS);
  } catch (error) {
    if (error instanceof MbzReadError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('backups readMbz refuses, with a French and an English message', () => {
  it('an activity backup', async () => {
    const error = await refusal(`${REFERENCE}/unpacked-ref-parcours-4.5-activity-quiz`);
    expect(error.code).toBe('activity-backup');
    expect(error.messageFr).toMatch(/une seule activité/);
    expect(error.messageEn).toMatch(/single activity/);
  });

  it('a backup whose content sits in a top-level folder', async () => {
    const dir = tmp();
    cpSync(REF_45, join(dir, 'course-backup'), { recursive: true });
    const error = await refusal(dir);
    expect([error.code, error.detail]).toEqual(['nested-folder', 'course-backup']);
    expect(error.messageEn).toMatch(/inside a folder/);
  });

  it('a folder that is no backup', async () => {
    expect((await refusal(tmp())).code).toBe('not-a-backup');
  });

  it('an XML file with a DOCTYPE (no entity is ever expanded)', async () => {
    const dir = copyOfReference();
    const path = join(dir, 'course/course.xml');
    const xml = readFileSync(path, 'utf8').replace(
      '<course ',
      '<!DOCTYPE course [<!ENTITY x SYSTEM "file:///etc/passwd">]><course ',
    );
    writeFileSync(path, xml);
    const error = await refusal(dir);
    expect([error.code, error.detail]).toEqual(['bad-xml', 'course/course.xml']);
  });

  it('a manifest whose folder leaves the backup', async () => {
    const dir = copyOfReference();
    const path = join(dir, 'moodle_backup.xml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('activities/label_16', '../../etc'));
    expect((await refusal(dir)).code).toBe('unsafe-path');
  });

  it('a missing required file', async () => {
    const dir = copyOfReference();
    rmSync(join(dir, 'sections/section_14/section.xml'));
    const error = await refusal(dir);
    expect([error.code, error.detail]).toEqual(['missing-file', 'sections/section_14/section.xml']);
  });
});

describe('what readMbz reads despite damage', () => {
  it('a missing blob: the text keeps a description, the report says which file', async () => {
    const dir = copyOfReference();
    rmSync(join(dir, 'files/fb/fb2d34cfa0757652ee9ad034e1883231606c7ece'));
    mkdirSync(join(dir, 'files/fb'), { recursive: true });
    const read = await readReference(dir, OWN_CODECS);
    const page = read.report.items.find((i) => i.path === 'activities/page_19');
    expect(page?.notes.map((n) => n.fr).join('\n')).toMatch(/illustration-évaluation\.png/);
    expect(read.document.media.map((m) => m.name)).not.toContain('illustration-évaluation.png');
  });
});
