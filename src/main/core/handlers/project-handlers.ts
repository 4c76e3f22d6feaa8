import type { HandlerGroup } from './handler-types';

export const projectHandlers = {
  'project.create': async (input, { workspace }) =>
    (await workspace.create(input.path, input.title)).summary(),
  'project.open': async (input, { workspace }) => (await workspace.open(input.path)).summary(),
  'project.openSnapshotCopy': async (input, { workspace }) =>
    (await workspace.openSnapshotCopy(input.snapshotPath, input.targetPath)).summary(),
  'project.current': (_input, { workspace }) => workspace.current()?.summary() ?? null,
  'project.close': async (_input, { workspace }) => {
    await workspace.close();
    return null;
  },
  'project.rename': (input, { workspace, recent }) => {
    const session = workspace.require();
    session.edit({ label: 'Renommer le projet', coalesceKey: 'project:title' }, (uow) => {
      uow.put('meta', session.repos.meta.titleRow(input.title));
    });
    recent.add(session.path, input.title);
    return session.summary();
  },
  'project.recent': (_input, { recent }) => recent.list(),
  'project.forgetRecent': (input, { recent }) => {
    recent.forget(input.path);
    return null;
  },
} satisfies HandlerGroup<'project'>;
