import { gzip, rawTar } from './raw-tar';
import { rawZip } from './raw-zip';

/** 100,000 entries plus one: five times the default limit. */
export const MANY_ENTRIES = 100_001;

const names = (): string[] =>
  Array.from({ length: MANY_ENTRIES }, (_, index) => `e/f${index.toString(36)}`);

/** A tar.gz of 100,001 empty files (small once compressed: the headers are alike). */
export const manyEntriesTarGz = (): Buffer =>
  gzip(rawTar([{ path: 'e/', type: 'Directory' }, ...names().map((path) => ({ path }))]));

/**
 * A tar.gz of 100,001 entries that all name the same folder: refused at entry 20,001 with the
 * default limits without writing 20,000 files first (slow on some disks).
 */
export const manyFolderEntriesTarGz = (): Buffer =>
  gzip(rawTar(Array.from({ length: MANY_ENTRIES }, () => ({ path: 'e/', type: 'Directory' }))));

/**
 * A ZIP of 100,001 empty stored files. About 8 MB, too large to commit: the test builds it
 * in its temporary folder.
 */
export const manyEntriesZip = (): Buffer => rawZip(names().map((name) => ({ name, method: 0 })));
