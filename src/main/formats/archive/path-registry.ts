import { ArchiveError } from './archive-error';

/** What a path names once extracted. */
export type EntryKind = 'file' | 'directory';

interface Claim {
  readonly kind: EntryKind;
  readonly spelling: string;
}

/** The key two paths share when Windows or macOS would take them for one. */
const fold = (segment: string) => segment.normalize('NFC').toLowerCase();

/**
 * The paths an archive has claimed so far, folded for case and Unicode normalization as
 * Windows and macOS fold them. A second file at a path, a file where a folder is (or the
 * reverse), or a folder spelled another way is a duplicate; the same folder twice is not.
 */
export class PathRegistry {
  readonly #claims = new Map<string, Claim>();

  /** Claims `segments` as a `kind` (and each parent as a folder); throws a 'duplicate'. */
  claim(segments: readonly string[], kind: EntryKind, entry: string): void {
    let key = '';
    let spelling = '';
    segments.forEach((segment, index) => {
      key = index === 0 ? fold(segment) : `${key}/${fold(segment)}`;
      spelling = index === 0 ? segment : `${spelling}/${segment}`;
      const isLast = index === segments.length - 1;
      this.#claimOne(key, { kind: isLast ? kind : 'directory', spelling }, entry);
    });
  }

  #claimOne(key: string, claim: Claim, entry: string): void {
    const previous = this.#claims.get(key);
    if (previous === undefined) {
      this.#claims.set(key, claim);
      return;
    }
    const sameFolder =
      previous.kind === 'directory' &&
      claim.kind === 'directory' &&
      previous.spelling === claim.spelling;
    if (!sameFolder) throw new ArchiveError('duplicate', { entry });
  }
}
