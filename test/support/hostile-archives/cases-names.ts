import { refused, type HostileCase } from './hostile-case';
import { gzip, rawTar, type RawTarEntry } from './raw-tar';
import { rawZip, type RawZipEntry } from './raw-zip';
import { MOODLE_BACKUP_XML, sampleTarEntries } from './sample-backup';
import { seededBytes } from './seeded-bytes';

const tgz =
  (...entries: RawTarEntry[]): (() => Buffer) =>
  () =>
    gzip(rawTar(entries));
const zip =
  (...entries: RawZipEntry[]): (() => Buffer) =>
  () =>
    rawZip(entries);
const file = (path: string): RawTarEntry => ({ path, data: MOODLE_BACKUP_XML });
const zipFile = (name: string): RawZipEntry => ({ name, data: MOODLE_BACKUP_XML });
const longPath = Array.from({ length: 11 }, (_, index) => `${String(index)}${'l'.repeat(99)}`).join(
  '/',
);
const deepPath = `${Array.from({ length: 40 }, () => 'd').join('/')}/f.xml`;

/** Duplicates, paths too long or too deep, and files that are no archive at all. */
export const nameCases: readonly HostileCase[] = [
  refused(
    'tgz-duplicate.mbz',
    'duplicate',
    'tar.gz with `moodle_backup.xml` twice (the second would overwrite the first)',
    tgz(file('moodle_backup.xml'), file('moodle_backup.xml')),
  ),
  refused(
    'tgz-case-duplicate.mbz',
    'duplicate',
    'tar.gz with `files.xml` and `FILES.XML` (one file on Windows and macOS)',
    tgz(file('files.xml'), file('FILES.XML')),
  ),
  refused(
    'tgz-unicode-duplicate.mbz',
    'duplicate',
    'tar.gz with `é.xml` composed (NFC) and decomposed (NFD)',
    tgz(file('\u00e9.xml'), file('e\u0301.xml')),
  ),
  refused(
    'tgz-file-then-folder.mbz',
    'duplicate',
    'tar.gz with a file `course`, then `course/course.xml`',
    tgz(file('course'), file('course/course.xml')),
  ),
  refused(
    'tgz-folder-then-file.mbz',
    'duplicate',
    'tar.gz with `course/course.xml`, then a file `course`',
    tgz(file('course/course.xml'), file('course')),
  ),
  refused(
    'tgz-dot-slash-duplicate.mbz',
    'duplicate',
    'tar.gz with `./moodle_backup.xml` and `moodle_backup.xml`',
    tgz(file('./moodle_backup.xml'), file('moodle_backup.xml')),
  ),
  refused(
    'zip-duplicate.mbz',
    'duplicate',
    'zip with `moodle_backup.xml` twice',
    zip(zipFile('moodle_backup.xml'), zipFile('moodle_backup.xml')),
  ),
  refused(
    'zip-case-duplicate.mbz',
    'duplicate',
    'zip with `files.xml` and `Files.xml`',
    zip(zipFile('files.xml'), zipFile('Files.xml')),
  ),
  refused(
    'zip-folder-case-duplicate.mbz',
    'duplicate',
    'zip with `Course/a.xml` and `course/b.xml` (one folder on Windows, two on Linux)',
    zip(zipFile('Course/a.xml'), zipFile('course/b.xml')),
  ),
  refused(
    'tgz-long-path.mbz',
    'path-too-long',
    `tar.gz pax path of ${String(longPath.length)} bytes (limit 1024)`,
    tgz({ path: 'long.xml', pax: { path: longPath }, data: 'x' }),
  ),
  refused(
    'tgz-deep-path.mbz',
    'path-too-long',
    'tar.gz path 41 levels deep (limit 32)',
    tgz({ path: 'deep.xml', pax: { path: deepPath }, data: 'x' }),
  ),
  refused(
    'tgz-long-name.mbz',
    'path-too-long',
    'tar.gz file name of 300 bytes (over 255)',
    tgz({ path: 'n.xml', pax: { path: `course/${'n'.repeat(300)}` }, data: 'x' }),
  ),
  refused(
    'zip-long-path.mbz',
    'path-too-long',
    `zip path of ${String(longPath.length)} bytes`,
    zip(zipFile(longPath)),
  ),
  refused('zip-deep-path.mbz', 'path-too-long', 'zip path 41 levels deep', zip(zipFile(deepPath))),
  refused(
    'bare.tar',
    'not-an-archive',
    'an uncompressed tar of a plausible backup (Moodle does not restore it either)',
    () => rawTar(sampleTarEntries()),
  ),
  refused('empty.mbz', 'not-an-archive', 'an empty file', () => Buffer.alloc(0)),
  refused('random.mbz', 'not-an-archive', '4 KiB of random bytes', () =>
    seededBytes('random', 4096),
  ),
  refused('zip-empty.mbz', 'not-an-archive', 'a zip with no entry (end record only)', () =>
    rawZip([]),
  ),
  refused(
    'pk-then-random.mbz',
    'truncated',
    'the zip magic `PK\\3\\4` followed by random bytes',
    () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), seededBytes('pk', 4096)]),
  ),
  refused('xml-renamed.mbz', 'not-an-archive', 'a moodle_backup.xml renamed .mbz', () =>
    Buffer.from(MOODLE_BACKUP_XML),
  ),
  refused('zstd.mbz', 'not-an-archive', 'zstd magic bytes then random data', () =>
    Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), seededBytes('zstd', 1024)]),
  ),
  refused(
    'tgz-zstd-inside.mbz',
    'not-an-archive',
    'a gzip whose content starts with zstd magic bytes',
    () => gzip(Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), seededBytes('zstd', 1024)])),
  ),
  refused('seven-zip.mbz', 'not-an-archive', '7z magic bytes then random data', () =>
    Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), seededBytes('7z', 1024)]),
  ),
];
