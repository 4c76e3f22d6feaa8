import type { AppErrorData } from './app-error';

/** What every method returns over every transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
