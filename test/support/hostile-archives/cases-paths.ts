import { crc32 } from 'node:zlib';
import { refused, type HostileCase } from './hostile-case';
import { gzip, rawTar, type RawTarEntry } from './raw-tar';
import { rawZip } from './raw-zip';
import { MOODLE_BACKUP_XML } from './sample-backup';

/** Where an absolute-path entry would land if it were followed. */
export const ABSOLUTE_TARGET = '/tmp/atelier-hostile-absolute.txt';

const manifest = { path: 'moodle_backup.xml', data: MOODLE_BACKUP_XML };

const tgz =
  (entry: RawTarEntry): (() => Buffer) =>
  () =>
    gzip(rawTar([manifest, { data: 'pwned', ...entry }]));

const zip =
  (name: string | Buffer, extra?: Buffer): (() => Buffer) =>
  () =>
    rawZip([
      { name: 'moodle_backup.xml', data: MOODLE_BACKUP_XML },
      { name, data: 'pwned', extra },
    ]);

/** Info-ZIP Unicode Path extra field (0x7075): yauzl prefers it to the plain name. */
const unicodePathExtra = (rawName: string, unicodeName: string): Buffer => {
  const name = Buffer.from(unicodeName);
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + name.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(Buffer.from(rawName)), 5);
  return Buffer.concat([field, name]);
};

/** Zip slip, absolute paths and names no file system should receive. */
export const pathCases: readonly HostileCase[] = [
  refused(
    'tgz-slip-dotdot.mbz',
    'unsafe-path',
    'tar.gz entry `../atelier-slip.txt`',
    tgz({ path: '../atelier-slip.txt' }),
  ),
  refused(
    'tgz-slip-nested.mbz',
    'unsafe-path',
    'tar.gz entry `course/../../atelier-slip.txt`',
    tgz({ path: 'course/../../atelier-slip.txt' }),
  ),
  refused(
    'tgz-slip-deep.mbz',
    'unsafe-path',
    'tar.gz entry `a/b/c/../../../../atelier-slip.txt`',
    tgz({ path: 'a/b/c/../../../../atelier-slip.txt' }),
  ),
  refused(
    'tgz-slip-backslash.mbz',
    'unsafe-path',
    'tar.gz entry `..\\atelier-slip.txt` (Windows separator)',
    tgz({ path: '..\\atelier-slip.txt' }),
  ),
  refused(
    'tgz-slip-backslash-nested.mbz',
    'unsafe-path',
    'tar.gz entry `course\\..\\..\\atelier-slip.txt`',
    tgz({ path: 'course\\..\\..\\atelier-slip.txt' }),
  ),
  refused(
    'tgz-absolute-tmp.mbz',
    'unsafe-path',
    `tar.gz entry \`${ABSOLUTE_TARGET}\``,
    tgz({ path: ABSOLUTE_TARGET }),
  ),
  refused('tgz-absolute-etc.mbz', 'unsafe-path', 'tar.gz entry `/etc/x`', tgz({ path: '/etc/x' })),
  refused('tgz-absolute-drive.mbz', 'unsafe-path', 'tar.gz entry `C:\\x`', tgz({ path: 'C:\\x' })),
  refused(
    'tgz-absolute-drive-slash.mbz',
    'unsafe-path',
    'tar.gz entry `C:/x`',
    tgz({ path: 'C:/x' }),
  ),
  refused(
    'tgz-absolute-unc.mbz',
    'unsafe-path',
    'tar.gz entry `\\\\server\\share\\x` (UNC path)',
    tgz({ path: '\\\\server\\share\\x' }),
  ),
  refused(
    'tgz-slip-pax.mbz',
    'unsafe-path',
    'tar.gz entry named `safe.txt` whose pax header says `../atelier-slip.txt`',
    tgz({ path: 'safe.txt', pax: { path: '../atelier-slip.txt' } }),
  ),
  refused(
    'tgz-slip-gnu-longname.mbz',
    'unsafe-path',
    'tar.gz GNU long name (`././@LongLink`) starting with `../`',
    tgz({ path: 'a'.repeat(99), gnuLongPath: `../${'a'.repeat(120)}` }),
  ),
  refused(
    'tgz-nul-in-name.mbz',
    'unsafe-path',
    'tar.gz pax path `moodle_backup.xml\\0.txt` (NUL byte)',
    tgz({ path: 'nul.txt', pax: { path: 'moodle_backup.xml\u0000.txt' } }),
  ),
  refused(
    'tgz-windows-device.mbz',
    'unsafe-path',
    'tar.gz entry `course/CON.xml` (a Windows device name)',
    tgz({ path: 'course/CON.xml' }),
  ),
  refused(
    'tgz-colon-stream.mbz',
    'unsafe-path',
    'tar.gz entry `moodle_backup.xml:hidden` (NTFS alternate stream)',
    tgz({ path: 'moodle_backup.xml:hidden' }),
  ),
  refused(
    'tgz-control-char.mbz',
    'unsafe-path',
    'tar.gz entry with an ESC control character in its name',
    tgz({ path: 'files\u001b[31m.xml' }),
  ),
  refused(
    'tgz-trailing-dot.mbz',
    'unsafe-path',
    'tar.gz entry `files.xml.` (Windows drops the dot)',
    tgz({ path: 'files.xml.' }),
  ),
  refused(
    'zip-slip-dotdot.mbz',
    'unsafe-path',
    'zip entry `../atelier-slip.txt`',
    zip('../atelier-slip.txt'),
  ),
  refused(
    'zip-slip-nested.mbz',
    'unsafe-path',
    'zip entry `course/../../atelier-slip.txt`',
    zip('course/../../atelier-slip.txt'),
  ),
  refused(
    'zip-slip-backslash.mbz',
    'unsafe-path',
    'zip entry `..\\atelier-slip.txt`',
    zip('..\\atelier-slip.txt'),
  ),
  refused(
    'zip-absolute-tmp.mbz',
    'unsafe-path',
    `zip entry \`${ABSOLUTE_TARGET}\``,
    zip(ABSOLUTE_TARGET),
  ),
  refused('zip-absolute-drive.mbz', 'unsafe-path', 'zip entry `C:\\x`', zip('C:\\x')),
  refused('zip-absolute-drive-slash.mbz', 'unsafe-path', 'zip entry `C:/x`', zip('C:/x')),
  refused(
    'zip-nul-in-name.mbz',
    'unsafe-path',
    'zip entry `moodle_backup.xml\\0../x` (NUL byte)',
    zip('moodle_backup.xml\u0000../x'),
  ),
  refused(
    'zip-unicode-path-slip.mbz',
    'unsafe-path',
    'zip entry `safe.txt` whose Info-ZIP Unicode Path field says `../atelier-slip.txt`',
    zip('safe.txt', unicodePathExtra('safe.txt', '../atelier-slip.txt')),
  ),
  refused(
    'zip-local-name-differs.mbz',
    'corrupt',
    'zip entry `safe.txt` whose local header says `../atelier-slip.txt`',
    () =>
      rawZip([
        { name: 'moodle_backup.xml', data: MOODLE_BACKUP_XML },
        { name: 'safe.txt', data: 'pwned', local: { name: '../atelier-slip.txt' } },
      ]),
  ),
];
