import type { ArchiveErrorCode } from '../../../src/main/formats/archive/archive-error';
import type { ArchiveLimits } from '../../../src/main/formats/archive/archive-limits';

/**
 * What must happen to a corpus file: refused with a code, or (XML cases, whose archive is
 * valid) extracted, then `parseMbzXml` on `moodle_backup.xml` throws `MbzXmlError` with that
 * reason ('either' when parsing may succeed, documented in the README).
 */
export type HostileExpectation =
  { readonly refused: ArchiveErrorCode } | { readonly xml: 'forbidden' | 'malformed' | 'either' };

/** One file of the hostile corpus (QUALITY.md U1). */
export interface HostileCase {
  readonly file: string;
  readonly description: string;
  readonly expect: HostileExpectation;
  /** Limits for this case only (the defaults otherwise). */
  readonly limits?: Partial<ArchiveLimits>;
  /** Large once inflated: the test also bounds memory. */
  readonly big?: boolean;
  readonly build: () => Buffer;
}

/** Shorthand for a refused case. */
export const refused = (
  file: string,
  code: ArchiveErrorCode,
  description: string,
  build: () => Buffer,
  extra: Pick<HostileCase, 'limits' | 'big'> = {},
): HostileCase => ({ file, description, expect: { refused: code }, build, ...extra });
