import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { AtelierBridge } from '../../shared/contract/bridge';
import type { EventEnvelope } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { IPC_EVENT, IPC_INVOKE } from './ipc-channels';

/**
 * Runs sandboxed: it may require only `electron`, and the build inlines everything else
 * into one CommonJS file. The page gets two functions, never `ipcRenderer` or an event
 * object (whose `sender` would hand it the whole IPC API).
 */
const bridge: AtelierBridge = {
  invoke: (method, input) =>
    ipcRenderer.invoke(IPC_INVOKE, method, input) as Promise<Result<unknown>>,
  subscribe(listener) {
    const handler = (_event: IpcRendererEvent, envelope: EventEnvelope): void => {
      listener(envelope);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('atelier', bridge);
