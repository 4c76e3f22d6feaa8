/** IPC channel names shared by the preload and the IPC host; inlined into the preload bundle. */
export const IPC_INVOKE = 'atelier:invoke';
export const IPC_EVENT = 'atelier:event';
