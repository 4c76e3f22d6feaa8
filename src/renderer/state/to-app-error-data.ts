import { AppError, type AppErrorData } from '../../shared/contract/app-error';

/**
 * Errors reach the UI as `AppError` (from `client.invoke`) or, when the connection itself
 * fails, as plain errors: both become data the dialogs can show.
 */
export const toAppErrorData = (error: unknown): AppErrorData => {
  if (error instanceof AppError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, messageEn: message };
};
