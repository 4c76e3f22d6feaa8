/**
 * P6's input: the reference backup Moodle 4.5 wrote (ref-parcours-4.5-course-nousers.mbz)
 * with the bench's 50 MiB added as Moodle stores files (reference README §3 and §7): each
 * blob at `files/<sha1[0:2]>/<sha1>`, a `files.xml` record in the folder activity's
 * `mod_folder/content` area (whose directory record is already there), listed in that
 * activity's `inforef.xml`, and in `.ARCHIVE_INDEX`. Packed as Moodle packs: a gzip'd POSIX
 * ustar tar (system tar, gzip level 6), `.ARCHIVE_INDEX` first, entries in the index's order,
 * explicit folder entries dated 2013-01-01, no `./` prefix.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { BenchMedium } from './exchange-media';

export const REFERENCE_MBZ =
  '/work/shared/reference/moodle/mbz/ref-parcours-4.5-course-nousers.mbz';
const FOLDER_ACTIVITY = 'activities/folder_33';
const DIRECTORY_MTIME = new Date('2013-01-01T00:00:00Z');

const run = (command: string, args: readonly string[]): void => {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
};

const sha1Of = (path: string): string =>
  createHash('sha1').update(readFileSync(path)).digest('hex');

const fileRecord = (id: number, hash: string, contextId: number, m: BenchMedium, at: string) =>
  `  <file id="${String(id)}">
    <contenthash>${hash}</contenthash>
    <contextid>${String(contextId)}</contextid>
    <component>mod_folder</component>
    <filearea>content</filearea>
    <itemid>0</itemid>
    <filepath>/</filepath>
    <filename>${m.name}</filename>
    <userid>2</userid>
    <filesize>${String(m.bytes)}</filesize>
    <mimetype>${m.mime}</mimetype>
    <status>0</status>
    <timecreated>${at}</timecreated>
    <timemodified>${at}</timemodified>
    <source>${m.name}</source>
    <author>Équipe de conception</author>
    <license>cc-4.0</license>
    <sortorder>0</sortorder>
    <repositorytype>$@NULL@$</repositorytype>
    <repositoryid>$@NULL@$</repositoryid>
    <reference>$@NULL@$</reference>
  </file>
`;

const match = (text: string, pattern: RegExp, what: string): string => {
  const found = pattern.exec(text)?.[1];
  if (found === undefined) throw new Error(`the reference backup has no ${what}`);
  return found;
};

/** Adds the blobs and their records to the unpacked backup in `root`; returns new index lines. */
const addFiles = (root: string, media: readonly BenchMedium[]): string[] => {
  const filesXml = readFileSync(join(root, 'files.xml'), 'utf8');
  const activityXml = readFileSync(join(root, FOLDER_ACTIVITY, 'folder.xml'), 'utf8');
  const contextId = Number(match(activityXml, /contextid="(\d+)"/, 'folder context'));
  const at = match(filesXml, /<timecreated>(\d+)<\/timecreated>/, 'file dates');
  let nextId = Math.max(...[...filesXml.matchAll(/<file id="(\d+)">/g)].map((m) => Number(m[1])));
  const records: string[] = [];
  const refs: string[] = [];
  const index: string[] = [];
  for (const medium of media) {
    nextId += 1;
    const hash = sha1Of(medium.path);
    mkdirSync(join(root, 'files', hash.slice(0, 2)), { recursive: true });
    copyFileSync(medium.path, join(root, 'files', hash.slice(0, 2), hash));
    records.push(fileRecord(nextId, hash, contextId, medium, at));
    refs.push(`    <file>\n      <id>${String(nextId)}</id>\n    </file>\n`);
    index.push(`files/${hash.slice(0, 2)}/\td\t0\t?`);
    index.push(`files/${hash.slice(0, 2)}/${hash}\tf\t${String(medium.bytes)}\t${at}`);
  }
  writeFileSync(
    join(root, 'files.xml'),
    filesXml.replace('</files>', `${records.join('')}</files>`),
  );
  const inforef = join(root, FOLDER_ACTIVITY, 'inforef.xml');
  writeFileSync(
    inforef,
    readFileSync(inforef, 'utf8').replace('  </fileref>', `${refs.join('')}  </fileref>`),
  );
  return index;
};

/** `.ARCHIVE_INDEX` with the new entries after the last `files/` one, sizes brought up to date. */
const rewriteIndex = (root: string, added: readonly string[]): string[] => {
  const [, ...lines] = readFileSync(join(root, '.ARCHIVE_INDEX'), 'utf8').trimEnd().split('\n');
  const lastFile = lines.findLastIndex((line) => line.startsWith('files/'));
  const all = [...lines.slice(0, lastFile + 1), ...added, ...lines.slice(lastFile + 1)].map(
    (line) => {
      const [path = '', kind, , mtime] = line.split('\t');
      if (kind !== 'f') return line;
      return `${path}\tf\t${String(statSync(join(root, path)).size)}\t${mtime ?? '?'}`;
    },
  );
  writeFileSync(
    join(root, '.ARCHIVE_INDEX'),
    `Moodle archive file index. Count: ${String(all.length)}\n${all.join('\n')}\n`,
  );
  return all.map((line) => line.split('\t')[0] ?? '');
};

/** The cached P6 backup at `path` (about 50 MiB; built when missing, in a sibling folder). */
export const moodleBackup = (path: string, media: readonly BenchMedium[]): string => {
  if (existsSync(path)) return path;
  const root = `${path}.tree`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  try {
    run('tar', ['-xzf', REFERENCE_MBZ, '-C', root]);
    const entries = rewriteIndex(root, addFiles(root, media));
    for (const entry of entries)
      if (entry.endsWith('/')) utimesSync(join(root, entry), DIRECTORY_MTIME, DIRECTORY_MTIME);
    const list = join(`${path}.list`);
    writeFileSync(list, ['.ARCHIVE_INDEX', ...entries].join('\n'));
    const partial = `${path}.partial`;
    run('tar', [
      '--format=ustar',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--no-recursion',
      '-czf',
      partial,
      '-C',
      root,
      '-T',
      list,
    ]);
    rmSync(list);
    renameSync(partial, path);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return path;
};
