import type { Database } from 'better-sqlite3';
import type { HistoryState, ProjectSummary, Snapshot } from '../../shared/domain/project';
import { SCHEMA_VERSION } from './db/migrations/migration-list';
import { createRepos, type Repos } from './db/repos/create-repos';
import type { EventBus } from './event-bus';
import { createHistory } from './journal/history';
import { createUnitOfWork, type UnitOfWork } from './journal/unit-of-work';
import type { ProjectLock } from './lock/project-lock';
import { snapshotStore, type SnapshotReason } from './snapshots/snapshot-store';

export interface SessionDeps {
  now: () => Date;
  events: EventBus;
  /** 0 turns scheduled snapshots off. */
  snapshotIntervalMinutes: number;
  log: (message: string, error: unknown) => void;
  locationWarning: string | null;
}

/** How an edit shows in the history and in change events. */
export interface EditSpec {
  /** French, shown in the Undo menu: "Renommer la section". */
  label: string;
  /** Same key within the coalescing window → one undo step (typing in the editor). */
  coalesceKey?: string | null;
  parcoursIds?: string[];
}

/** One open project: its connection, lock, journal and snapshot schedule. */
export interface ProjectSession {
  readonly path: string;
  readonly db: Database;
  readonly repos: Repos;
  /**
   * Runs `write` in one transaction with its journal entry and the revision bump. When it
   * returns, the commit is on disk (WAL + synchronous=FULL): the edit is acknowledged.
   */
  edit<T>(spec: EditSpec, write: (uow: UnitOfWork) => T): T;
  /**
   * A write that is not an undo step (derived data such as a thumbnail): one transaction,
   * revision bumped and announced so clients refresh, nothing journaled.
   */
  writeUntracked<T>(write: () => T): T;
  undo(): HistoryState;
  redo(): HistoryState;
  historyState(): HistoryState;
  summary(): ProjectSummary;
  snapshot(reason: SnapshotReason): Promise<Snapshot>;
  /** Sets the revision outside the journal (after a restore, so it never goes back). */
  forceRevision(revision: number): void;
  close(): Promise<void>;
}

export const createProjectSession = (
  path: string,
  db: Database,
  lock: ProjectLock,
  deps: SessionDeps,
): ProjectSession => {
  const repos = createRepos(db);
  // Bytes that neither a media row nor the journal references any more (see MediaRepo).
  repos.media.collectGarbage();
  const history = createHistory(repos.journal, repos.rows);
  const pending = new Set<Promise<unknown>>();
  const newest = snapshotStore.list(path)[0];
  let lastSnapshotAt: number | null = newest ? Date.parse(newest.createdAt) : null;
  let closed = false;

  const bumpRevision = (): number => {
    const revision = repos.meta.revision() + 1;
    repos.meta.setRevision(revision);
    return revision;
  };

  const announce = (revision: number, parcoursIds?: string[]): void => {
    deps.events.emit('project.changed', { revision, ...(parcoursIds ? { parcoursIds } : {}) });
    deps.events.emit('history.changed', history.state());
  };

  const snapshot = (reason: SnapshotReason): Promise<Snapshot> => {
    const now = deps.now();
    lastSnapshotAt = now.getTime();
    const task = snapshotStore.create(db, path, reason, now);
    pending.add(task);
    void task.finally(() => pending.delete(task)).catch(() => undefined);
    return task;
  };

  const maybeScheduleSnapshot = (): void => {
    if (deps.snapshotIntervalMinutes <= 0) return;
    const now = deps.now().getTime();
    if (lastSnapshotAt !== null && now - lastSnapshotAt < deps.snapshotIntervalMinutes * 60_000)
      return;
    snapshot('scheduled').catch((error: unknown) => {
      deps.log('scheduled snapshot failed', error);
    });
  };

  const replay = (step: () => boolean): HistoryState => {
    const revision = db.transaction(() => (step() ? bumpRevision() : null))();
    if (revision !== null) announce(revision);
    return history.state();
  };

  return {
    path,
    db,
    repos,
    edit(spec, write) {
      const { value, revision } = db.transaction(() => {
        const uow = createUnitOfWork(repos.rows);
        const result = write(uow);
        if (uow.images.length === 0) return { value: result, revision: null };
        history.record(spec.label, spec.coalesceKey ?? null, uow.images, deps.now().getTime());
        return { value: result, revision: bumpRevision() };
      })();
      if (revision !== null) {
        announce(revision, spec.parcoursIds);
        maybeScheduleSnapshot();
      }
      return value;
    },
    writeUntracked(write) {
      const { value, revision } = db.transaction(() => ({
        value: write(),
        revision: bumpRevision(),
      }))();
      announce(revision);
      return value;
    },
    undo: () => replay(() => history.undo()),
    redo: () => replay(() => history.redo()),
    historyState: () => history.state(),
    summary: () => ({
      path,
      title: repos.meta.title(),
      schemaVersion: SCHEMA_VERSION,
      revision: repos.meta.revision(),
      parcours: repos.parcours.summaries(),
      locationWarning: deps.locationWarning,
    }),
    snapshot,
    forceRevision(revision) {
      repos.meta.setRevision(revision);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...pending]);
      try {
        db.close();
      } finally {
        lock.release();
      }
    },
  };
};
