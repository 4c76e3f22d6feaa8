import { resolve } from 'node:path';
import { snapshotStore } from '../snapshots/snapshot-store';
import type { HandlerGroup } from './handler-types';

export const snapshotHandlers = {
  // With a path, lists the snapshots of a file that could not be opened (damaged).
  'snapshot.list': (input, { workspace }) =>
    snapshotStore.list(input.path ? resolve(input.path) : workspace.require().path),
  'snapshot.create': (_input, { workspace }) => workspace.require().snapshot('manual'),
  'snapshot.restore': async (input, { workspace }) => (await workspace.restore(input.id)).summary(),
} satisfies HandlerGroup<'snapshot'>;
