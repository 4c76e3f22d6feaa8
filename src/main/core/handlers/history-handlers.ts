import type { HandlerGroup } from './handler-types';

export const historyHandlers = {
  'history.state': (_input, { workspace }) => workspace.require().historyState(),
  'history.undo': (_input, { workspace }) => workspace.require().undo(),
  'history.redo': (_input, { workspace }) => workspace.require().redo(),
} satisfies HandlerGroup<'history'>;
