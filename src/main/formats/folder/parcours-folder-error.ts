import { AppError } from '../../../shared/contract/app-error';
import type { ErrorCode } from '../../../shared/contract/error-code';

/** Why a parcours folder could not be written or read (machine-readable, in `details.reason`). */
export type FolderErrorReason =
  | 'not-a-directory'
  | 'not-a-parcours-folder'
  | 'bad-marker'
  | 'newer-format'
  | 'missing-file'
  | 'bad-encoding'
  | 'bad-json'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'path-escape'
  | 'too-large'
  | 'too-many-entries'
  | 'media-mismatch'
  | 'invalid-document'
  | 'io';

/** Where in the folder an error is: a file relative to the root, and a field in it. */
export interface FolderErrorPlace {
  file?: string | undefined;
  field?: string | undefined;
}

/**
 * An error of the parcours folder format. It is an `AppError` (closed `code`, French `message`
 * first, `messageEn`), so the dispatcher and the CLI show it as any other; `reason`, `file` and
 * `field` say precisely what and where.
 */
export class ParcoursFolderError extends AppError {
  constructor(
    readonly reason: FolderErrorReason,
    code: ErrorCode,
    messageFr: string,
    messageEn: string,
    readonly place: FolderErrorPlace = {},
  ) {
    super(code, messageFr, messageEn, {
      reason,
      ...(place.file === undefined ? {} : { file: place.file }),
      ...(place.field === undefined ? {} : { field: place.field }),
    });
    this.name = 'ParcoursFolderError';
  }

  /** The French message (the same as `message`). */
  get messageFr(): string {
    return this.message;
  }
}
