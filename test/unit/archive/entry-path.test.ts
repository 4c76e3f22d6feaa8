import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src/main/formats/archive/archive-error';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/main/formats/archive/archive-limits';
import { checkEntryPath } from '../../../src/main/formats/archive/entry-path';
import { PathRegistry } from '../../../src/main/formats/archive/path-registry';

const check = (raw: string) => checkEntryPath(raw, DEFAULT_ARCHIVE_LIMITS);
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ArchiveError ? error.code : 'not an ArchiveError';
  }
};

describe('checkEntryPath', () => {
  it.each([
    ['moodle_backup.xml', 'moodle_backup.xml'],
    ['./moodle_backup.xml', 'moodle_backup.xml'],
    ['activities/page_19/', 'activities/page_19'],
    ['files//9a/./x', 'files/9a/x'],
    ['sections/section_1/schéma-démarche.png', 'sections/section_1/schéma-démarche.png'],
    ['..hidden/a..b', '..hidden/a..b'],
    ['./', ''],
  ])('accepts %j as %j', (raw, path) => {
    expect(check(raw).path).toBe(path);
  });

  it.each([
    ['../x', 'unsafe-path'],
    ['a/../../x', 'unsafe-path'],
    ['a\\b', 'unsafe-path'],
    ['/etc/passwd', 'unsafe-path'],
    ['c:/x', 'unsafe-path'],
    ['a/b:c', 'unsafe-path'],
    ['a\u0000b', 'unsafe-path'],
    ['a/\u0007', 'unsafe-path'],
    ['LPT1.txt', 'unsafe-path'],
    ['nul', 'unsafe-path'],
    ['a /b', 'unsafe-path'],
    ['x'.repeat(256), 'path-too-long'],
    ['a/'.repeat(33) + 'f', 'path-too-long'],
    [`${'abcdefg/'.repeat(128)}x`, 'path-too-long'],
  ])('refuses %j (%s)', (raw, code) => {
    expect(codeOf(() => check(raw))).toBe(code);
  });
});

describe('PathRegistry', () => {
  it('allows a folder named again, refuses any other second claim', () => {
    const registry = new PathRegistry();
    const claim = (segments: string[], kind: 'file' | 'directory') =>
      codeOf(() => {
        registry.claim(segments, kind, segments.join('/'));
      });
    registry.claim(['course', 'course.xml'], 'file', 'course/course.xml');
    expect(claim(['course'], 'directory')).toBeUndefined();
    expect(claim(['COURSE', 'x'], 'file')).toBe('duplicate');
    expect(claim(['course'], 'file')).toBe('duplicate');
    expect(claim(['course', 'course.xml', 'x'], 'file')).toBe('duplicate');
    expect(claim(['Course.XML'], 'file')).toBeUndefined();
  });
});
