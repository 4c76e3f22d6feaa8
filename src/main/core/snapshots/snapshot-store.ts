import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotSchema, type Snapshot } from '../../../shared/domain/project';
import { selectRetainedSnapshots } from './select-retained-snapshots';

export type SnapshotReason = Snapshot['reason'];

/** `<file>.atelier.snapshots/`, beside the project so it moves with it. */
const snapshotDirOf = (projectPath: string): string => `${projectPath}.snapshots`;

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z--([a-z-]+)\.atelier$/;

/** Names sort by time and carry the reason: `2025-03-01T09-30-00-000Z--scheduled.atelier`. */
const nameOf = (at: Date, reason: SnapshotReason): string =>
  `${at.toISOString().replace(/[:.]/g, '-')}--${reason}.atelier`;

const parseName = (dir: string, name: string): Snapshot | null => {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, date, hh, mm, ss, ms, reason] = match;
  const parsed = snapshotSchema.safeParse({
    id: name,
    path: join(dir, name),
    createdAt: `${date ?? ''}T${hh ?? ''}:${mm ?? ''}:${ss ?? ''}.${ms ?? ''}Z`,
    reason,
    sizeBytes: statSync(join(dir, name)).size,
  });
  return parsed.success ? parsed.data : null;
};

/** Snapshots of a project, newest first. A missing folder means none. */
const listSnapshots = (projectPath: string): Snapshot[] => {
  const dir = snapshotDirOf(projectPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => parseName(dir, name))
    .filter((s): s is Snapshot => s !== null)
    .sort((a, b) => b.id.localeCompare(a.id));
};

/**
 * Copies the open database with SQLite's backup API (consistent even while edits go on)
 * into a temporary name, renames it into place so a half-written snapshot is never listed,
 * then applies the retention rule.
 */
const createSnapshot = async (
  db: Database,
  projectPath: string,
  reason: SnapshotReason,
  now: Date,
): Promise<Snapshot> => {
  const dir = snapshotDirOf(projectPath);
  mkdirSync(dir, { recursive: true });
  let at = now;
  while (existsSync(join(dir, nameOf(at, reason)))) at = new Date(at.getTime() + 1);
  const name = nameOf(at, reason);
  const temp = join(dir, `${name}.partial`);
  rmSync(temp, { force: true });
  await db.backup(temp);
  renameSync(temp, join(dir, name));
  pruneSnapshots(projectPath, now);
  const created = parseName(dir, name);
  if (!created) throw new Error(`snapshot name not parsable: ${name}`);
  return created;
};

const pruneSnapshots = (projectPath: string, now: Date): void => {
  const snapshots = listSnapshots(projectPath);
  const keep = selectRetainedSnapshots(snapshots, now);
  for (const snapshot of snapshots) {
    if (!keep.has(snapshot.id)) rmSync(snapshot.path, { force: true });
  }
};

/**
 * The snapshots of a project, in `<file>.snapshots/` beside it: list, create (backup API,
 * then the retention rule), prune.
 */
export const snapshotStore = {
  dirOf: snapshotDirOf,
  list: listSnapshots,
  create: createSnapshot,
  prune: pruneSnapshots,
};
