import { archiveErrorMessage } from './archive-error-message';

/**
 * Why an archive was refused, or why writing one failed. A closed set: the caller maps each
 * code to its own error contract.
 */
export type ArchiveErrorCode =
  | 'not-an-archive'
  | 'unsafe-path'
  | 'path-too-long'
  | 'duplicate'
  | 'link'
  | 'special-entry'
  | 'too-many-entries'
  | 'too-large'
  | 'bomb'
  | 'truncated'
  | 'corrupt'
  | 'size-mismatch'
  | 'unsupported'
  | 'cancelled'
  | 'staging-not-empty'
  | 'source-size'
  | 'io';

/** What the messages quote: the entry at fault, the limit crossed, the library's own words. */
export interface ArchiveErrorDetail {
  readonly entry?: string;
  readonly limit?: number;
  readonly reason?: string;
}

/**
 * An archive refused or an archive that could not be written, as data: a closed `code`, and a
 * French (`messageFr`, also `message`) and an English message that say what to do. A
 * cancellation has the code 'cancelled' and the name 'AbortError', like `AbortSignal` errors.
 */
export class ArchiveError extends Error {
  readonly messageFr: string;
  readonly messageEn: string;

  constructor(
    readonly code: ArchiveErrorCode,
    readonly detail: ArchiveErrorDetail = {},
    options?: ErrorOptions,
  ) {
    const { fr, en } = archiveErrorMessage(code, detail);
    super(fr, options);
    this.name = code === 'cancelled' ? 'AbortError' : 'ArchiveError';
    this.messageFr = fr;
    this.messageEn = en;
  }
}
