import { constants, copyFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { projectFileFormat } from './db/project-file-format';
import type { EventBus } from './event-bus';
import { checkProjectFile } from './files/check-project-file';
import { createProjectFile, openProjectSession, type OpenDeps } from './open-project-session';
import { projectErrors } from './project-errors';
import type { ProjectSession } from './project-session';
import type { RecentProjects } from './recent-projects';
import { recoveredCopyPath } from './snapshots/recovered-copy-path';
import { replaceFileAtomically } from './snapshots/replace-file-atomically';
import { snapshotStore } from './snapshots/snapshot-store';

/** Owns at most one open project and every transition between projects. */
export interface Workspace {
  current(): ProjectSession | null;
  /** The open project, or `no_project`. */
  require(): ProjectSession;
  create(path: string, title?: string): Promise<ProjectSession>;
  open(path: string): Promise<ProjectSession>;
  openSnapshotCopy(snapshotPath: string, targetPath?: string): Promise<ProjectSession>;
  restore(snapshotId: string): Promise<ProjectSession>;
  close(): Promise<void>;
}

export const createWorkspace = (
  deps: OpenDeps & { events: EventBus; recent: RecentProjects },
): Workspace => {
  let current: ProjectSession | null = null;

  /** The new project opens before the old one closes: a failed open keeps the old one. */
  const adopt = async (session: ProjectSession): Promise<ProjectSession> => {
    const previous = current;
    current = session;
    if (previous) {
      await previous.close();
      deps.events.emit('project.closed', {});
    }
    deps.recent.add(session.path, session.repos.meta.title());
    deps.events.emit('project.opened', { path: session.path });
    deps.events.emit('history.changed', session.historyState());
    return session;
  };

  const workspace: Workspace = {
    current: () => current,
    require() {
      if (!current) throw projectErrors.noProject();
      return current;
    },
    async create(path, title) {
      const absolute = resolve(path);
      const name = title ?? basename(absolute, projectFileFormat.extension);
      return adopt(await createProjectFile(absolute, name.trim() || 'Projet', deps));
    },
    async open(path) {
      const absolute = resolve(path);
      if (current?.path === absolute) return current;
      return adopt(await openProjectSession(absolute, deps));
    },
    async openSnapshotCopy(snapshotPath, targetPath) {
      const source = resolve(snapshotPath);
      checkProjectFile(source, { nativeBinding: deps.nativeBinding, latestSnapshotPath: null });
      const target = resolve(targetPath ?? recoveredCopyPath(source, deps.now()));
      if (existsSync(target)) throw projectErrors.fileExists(target);
      try {
        copyFileSync(source, target, constants.COPYFILE_EXCL);
      } catch (error) {
        throw projectErrors.io(target, error);
      }
      return workspace.open(target);
    },
    async restore(snapshotId) {
      const session = workspace.require();
      const snapshot = snapshotStore.list(session.path).find((s) => s.id === snapshotId);
      if (!snapshot) throw projectErrors.notFound('snapshot', snapshotId);
      checkProjectFile(snapshot.path, {
        nativeBinding: deps.nativeBinding,
        latestSnapshotPath: null,
      });
      await session.snapshot('before-restore');
      const revision = session.repos.meta.revision();
      const path = session.path;
      await session.close();
      current = null;
      try {
        replaceFileAtomically(snapshot.path, path);
      } catch (error) {
        throw projectErrors.io(path, error);
      }
      const reopened = await openProjectSession(path, deps);
      // The revision never goes back: clients compare it to know they must refresh.
      const next = Math.max(revision, reopened.repos.meta.revision()) + 1;
      reopened.forceRevision(next);
      current = reopened;
      deps.events.emit('project.changed', { revision: next });
      deps.events.emit('history.changed', reopened.historyState());
      return reopened;
    },
    async close() {
      if (!current) return;
      const session = current;
      current = null;
      await session.close();
      deps.events.emit('project.closed', {});
    },
  };
  return workspace;
};
