import { AppError, type AppErrorData } from '../../../shared/contract/app-error';

/** An error of a format's own kind, with its French and English messages. */
interface FormatError {
  code: string;
  messageFr: string;
  messageEn: string;
}
const isFormatError = (error: unknown): error is FormatError =>
  error instanceof Error &&
  typeof (error as Partial<FormatError>).messageFr === 'string' &&
  typeof (error as Partial<FormatError>).messageEn === 'string';

export const cancelledError = (): AppError =>
  new AppError('cancelled', 'Opération annulée.', 'Operation cancelled.');

/**
 * Any error a job throws, as the contract's error data: an AppError as it is; an archive,
 * backup or folder error (they carry `messageFr`/`messageEn`) as `invalid_file` with its
 * messages; a cancellation as `cancelled`; anything else as `internal`, with its text in
 * `details` for the log.
 */
export const toAppErrorData = (error: unknown, cancelled = false): AppErrorData => {
  if (error instanceof AppError) return error.toData();
  if (cancelled) return cancelledError().toData();
  if (isFormatError(error)) {
    return new AppError('invalid_file', error.messageFr, error.messageEn, {
      reason: error.code,
    }).toData();
  }
  const text = error instanceof Error ? error.message : String(error);
  return new AppError(
    'internal',
    'L’opération a échoué sur une erreur inattendue. Rien n’a été modifié dans le projet ; réessayez, et signalez le problème s’il revient.',
    'The operation failed on an unexpected error. Nothing was changed in the project; try again, and report the problem if it happens again.',
    { cause: text.slice(0, 2000) },
  ).toData();
};
