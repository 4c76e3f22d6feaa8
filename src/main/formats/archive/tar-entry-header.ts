import { Header, Pax } from 'tar';
import type { PlannedEntry } from './planned-entries';
import { MOODLE_DIRECTORY_MTIME } from './moodle-directory-mtime';

/**
 * The header block(s) of one entry as Moodle writes them: POSIX ustar, uid/gid 0, no user or
 * group name, mode 644 for files and 755 for folders (whose names end with `/`), folders at
 * the fixed Moodle mtime. node-tar encodes the fields; a pax header comes first only when the
 * path does not fit ustar (too long, or not ASCII).
 */
export const tarEntryHeader = (entry: PlannedEntry): Buffer => {
  const isFile = entry.kind === 'file';
  const path = isFile ? entry.path : `${entry.path}/`;
  const size = isFile ? entry.file.size : 0;
  const mtime = isFile ? entry.file.mtime : MOODLE_DIRECTORY_MTIME;
  const header = new Header({
    path,
    mode: isFile ? 0o644 : 0o755,
    uid: 0,
    gid: 0,
    size,
    mtime: new Date(Math.floor(mtime) * 1000),
    type: isFile ? 'File' : 'Directory',
    uname: '',
    gname: '',
  });
  const block = Buffer.alloc(512);
  if (!header.encode(block)) return block;
  return Buffer.concat([new Pax({ path, size }).encode(), block]);
};
