import { refused, type HostileCase } from './hostile-case';
import { gzip, rawTar, type RawTarEntry } from './raw-tar';
import { rawZip, type RawZipEntry } from './raw-zip';
import { MOODLE_BACKUP_XML } from './sample-backup';

const manifest = { path: 'moodle_backup.xml', data: MOODLE_BACKUP_XML };
const tgz =
  (...entries: RawTarEntry[]): (() => Buffer) =>
  () =>
    gzip(rawTar([manifest, ...entries]));
const zip =
  (...entries: RawZipEntry[]): (() => Buffer) =>
  () =>
    rawZip([{ name: 'moodle_backup.xml', data: MOODLE_BACKUP_XML }, ...entries]);

/** Links, devices, FIFOs and unknown entry types. */
export const linkCases: readonly HostileCase[] = [
  refused(
    'tgz-symlink.mbz',
    'link',
    'tar.gz symlink `course` → `/etc`',
    tgz({ path: 'course', type: 'SymbolicLink', linkpath: '/etc' }),
  ),
  refused(
    'tgz-symlink-then-file.mbz',
    'link',
    'tar.gz symlink `files` → `/tmp`, then a file `files/atelier-through-link.txt` written through it',
    tgz(
      { path: 'files', type: 'SymbolicLink', linkpath: '/tmp' },
      { path: 'files/atelier-through-link.txt', data: 'pwned' },
    ),
  ),
  refused(
    'tgz-symlink-relative.mbz',
    'link',
    'tar.gz symlink `up` → `../..`, then `up/atelier-slip.txt`',
    tgz(
      { path: 'up', type: 'SymbolicLink', linkpath: '../..' },
      { path: 'up/atelier-slip.txt', data: 'pwned' },
    ),
  ),
  refused(
    'tgz-hardlink.mbz',
    'link',
    'tar.gz hard link `passwd` → `/etc/passwd`',
    tgz({ path: 'passwd', type: 'Link', linkpath: '/etc/passwd' }),
  ),
  refused(
    'tgz-hardlink-internal.mbz',
    'link',
    'tar.gz hard link `copy.xml` → `moodle_backup.xml`',
    tgz({ path: 'copy.xml', type: 'Link', linkpath: 'moodle_backup.xml' }),
  ),
  refused(
    'tgz-char-device.mbz',
    'special-entry',
    'tar.gz character device `null`',
    tgz({ path: 'null', type: 'CharacterDevice' }),
  ),
  refused(
    'tgz-block-device.mbz',
    'special-entry',
    'tar.gz block device `sda`',
    tgz({ path: 'sda', type: 'BlockDevice' }),
  ),
  refused(
    'tgz-fifo.mbz',
    'special-entry',
    'tar.gz FIFO `pipe`',
    tgz({ path: 'pipe', type: 'FIFO' }),
  ),
  refused(
    'tgz-sparse.mbz',
    'special-entry',
    'tar.gz GNU sparse file (type S), which node-tar ignores',
    tgz({ path: 'sparse.bin', type: 'SparseFile', data: 'x' }),
  ),
  refused(
    'tgz-gnu-dumpdir.mbz',
    'special-entry',
    'tar.gz GNU dump directory (type D)',
    tgz({ path: 'dump', type: 'GNUDumpDir' }),
  ),
  refused(
    'zip-symlink.mbz',
    'link',
    'zip symlink (mode 120777) `course` → `/etc`',
    zip({ name: 'course', data: '/etc', mode: 0o120777, method: 0 }),
  ),
  refused(
    'zip-symlink-then-file.mbz',
    'link',
    'zip symlink `files` → `/tmp`, then `files/atelier-through-link.txt`',
    zip(
      { name: 'files', data: '/tmp', mode: 0o120777, method: 0 },
      { name: 'files/atelier-through-link.txt', data: 'pwned' },
    ),
  ),
  refused(
    'zip-fifo.mbz',
    'special-entry',
    'zip entry with a FIFO mode (010644)',
    zip({ name: 'pipe', mode: 0o010644, method: 0 }),
  ),
  refused(
    'zip-char-device.mbz',
    'special-entry',
    'zip entry with a character-device mode (020644)',
    zip({ name: 'null', mode: 0o020644, method: 0 }),
  ),
  refused(
    'zip-socket.mbz',
    'special-entry',
    'zip entry with a socket mode (140755)',
    zip({ name: 'socket', mode: 0o140755, method: 0 }),
  ),
];
