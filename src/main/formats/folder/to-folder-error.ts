import { AppError } from '../../../shared/contract/app-error';
import { folderErrors } from './folder-errors';

/**
 * An error as the folder functions throw it: app errors and aborts (`signal.reason`) as they
 * are, a file system failure as an `io` error naming the file.
 */
export const toFolderError = (error: unknown, file: string): unknown => {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const cause = code ?? (error instanceof Error ? error.message : String(error));
  return folderErrors.io(file, cause);
};
