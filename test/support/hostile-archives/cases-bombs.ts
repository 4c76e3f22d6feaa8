import { deflateRawSync } from 'node:zlib';
import { refused, type HostileCase } from './hostile-case';
import { manyEntriesTarGz, manyFolderEntriesTarGz } from './many-entries';
import { gzip, rawTar } from './raw-tar';
import { rawZip } from './raw-zip';
import { MOODLE_BACKUP_XML, sampleFiles } from './sample-backup';
import { seededBytes } from './seeded-bytes';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const manifest = { path: 'moodle_backup.xml', data: MOODLE_BACKUP_XML };
const zipManifest = { name: 'moodle_backup.xml', data: MOODLE_BACKUP_XML };
const zeros = (bytes: number) => Buffer.alloc(bytes);

/** A deflate kernel shared by overlapping entries: 1 MiB of zeros. */
const kernel = () => ({ name: 'kernel', data: zeros(MiB) });

/** Decompression bombs, entries too large or too many. */
export const bombCases: readonly HostileCase[] = [
  refused(
    'tgz-gzip-bomb.mbz',
    'bomb',
    'tar.gz holding one 128 MiB file of zeros (about 130 KB compressed, ratio ~1000)',
    () => gzip(rawTar([manifest, { path: 'files/00/bomb', data: zeros(128 * MiB) }])),
    { big: true },
  ),
  refused(
    'tgz-gzip-bomb-total.mbz',
    'too-large',
    'tar.gz of 96 MiB of zeros read with the ratio check off and a 64 MiB total: refused while inflating past the total',
    () => gzip(rawTar([manifest, { path: 'files/00/bomb', data: zeros(96 * MiB) }])),
    { big: true, limits: { maxRatio: 1e9, maxTotalBytes: 64 * MiB } },
  ),
  refused(
    'tgz-bomb-after-end.mbz',
    'bomb',
    'valid tar, then 128 MiB of zeros after its end-of-archive blocks, in the same gzip',
    () => gzip(Buffer.concat([rawTar([manifest]), zeros(128 * MiB)])),
    { big: true },
  ),
  refused(
    'tgz-gzip-in-gzip.mbz',
    'not-an-archive',
    'a tar.gz compressed again with gzip (node-tar would inflate it a second time)',
    () => gzip(gzip(rawTar([manifest]))),
  ),
  refused(
    'zip-deflate-bomb.mbz',
    'bomb',
    'zip entry of 128 MiB of zeros deflated to about 130 KB',
    () => rawZip([zipManifest, { name: 'files/00/bomb', data: zeros(128 * MiB) }]),
    { big: true },
  ),
  refused(
    'zip-deflate-bomb-lying-size.mbz',
    'size-mismatch',
    'the same bomb with both headers declaring 1000 bytes uncompressed',
    () =>
      rawZip([
        zipManifest,
        {
          name: 'files/00/bomb',
          data: zeros(128 * MiB),
          local: { uncompressedSize: 1000 },
          central: { uncompressedSize: 1000 },
        },
      ]),
    { big: true },
  ),
  refused(
    'zip-overlap-same-offset.mbz',
    'bomb',
    'eight central records pointing at one local header and its 1 MiB deflate kernel (overlapping-entries bomb)',
    () =>
      rawZip([
        kernel(),
        ...Array.from({ length: 7 }, (_, index) => ({
          ...kernel(),
          name: `kernel${String(index)}`,
          centralOnly: true,
          central: { offset: 0 },
        })),
      ]),
  ),
  refused(
    'zip-overlap-partial.mbz',
    'bomb',
    'a central record whose local header starts inside the data of the previous entry',
    () =>
      rawZip([
        { name: 'a.bin', data: seededBytes('overlap', 64 * 1024), method: 0 },
        {
          name: 'b.bin',
          data: deflateRawSync(zeros(1024)),
          method: 0,
          centralOnly: true,
          central: { offset: 100 },
        },
      ]),
  ),
  refused(
    'tgz-entry-too-large.mbz',
    'too-large',
    'tar.gz header declaring a 3 GiB file (over the 2 GiB entry limit), data missing',
    () => gzip(rawTar([manifest, { path: 'files/00/huge', size: 3 * GiB }], { end: false })),
  ),
  refused(
    'zip-entry-too-large.mbz',
    'too-large',
    'zip entry declaring 3 GiB uncompressed in both headers',
    () =>
      rawZip([
        zipManifest,
        {
          name: 'files/00/huge',
          data: 'x',
          local: { uncompressedSize: 3 * GiB },
          central: { uncompressedSize: 3 * GiB },
        },
      ]),
  ),
  refused(
    'zip-total-too-large.mbz',
    'too-large',
    'three zip entries declaring 1.5 GiB each (over the 4 GiB total)',
    () =>
      rawZip([
        zipManifest,
        ...[1, 2, 3].map((n) => ({
          name: `files/00/part${String(n)}`,
          data: 'x',
          local: { uncompressedSize: 1.5 * GiB },
          central: { uncompressedSize: 1.5 * GiB },
        })),
      ]),
  ),
  refused(
    'tgz-total-too-large.mbz',
    'too-large',
    'tar.gz of 3 × 24 KiB of random bytes read with a 64 KiB total limit',
    () =>
      gzip(
        rawTar([
          manifest,
          ...[1, 2, 3].map((n) => ({
            path: `files/00/part${String(n)}`,
            data: seededBytes(`part${String(n)}`, 24 * 1024),
          })),
        ]),
      ),
    { limits: { maxTotalBytes: 64 * 1024 } },
  ),
  refused(
    'tgz-100k-folder-entries.mbz',
    'too-many-entries',
    'tar.gz of 100,001 entries naming one folder (refused at entry 20,001, defaults)',
    manyFolderEntriesTarGz,
    { big: true },
  ),
  refused(
    'tgz-100k-entries.mbz',
    'too-many-entries',
    'tar.gz of 100,001 empty files, read with at most 500 entries (the default 20,000 would first write 20,000 files, about 40 s on a slow test disk)',
    manyEntriesTarGz,
    { big: true, limits: { maxEntries: 500 } },
  ),
  refused(
    'zip-huge-declared-count.mbz',
    'too-many-entries',
    'zip whose end record declares 65,535 entries for one real entry',
    () => rawZip([zipManifest], { declaredCount: 0xffff }),
  ),
  refused(
    'zip64-huge-declared-count.mbz',
    'too-many-entries',
    'zip64 end record declaring 2^40 entries',
    () => rawZip([zipManifest], { zip64DeclaredCount: 2n ** 40n }),
  ),
  refused(
    'zip-many-small-bombs.mbz',
    'bomb',
    'sixteen zip entries of 16 MiB of zeros each: each under the entry limit, together far over the ratio',
    () =>
      rawZip([
        zipManifest,
        ...Array.from({ length: 16 }, (_, index) => ({
          name: `files/00/b${String(index)}`,
          data: zeros(16 * MiB),
        })),
      ]),
    { big: true },
  ),
  refused(
    'tgz-sample-bomb-sibling.mbz',
    'bomb',
    'a plausible backup with one 64 MiB zero-filled blob among its files',
    () => gzip(rawTar([...sampleFiles(), { path: 'files/00/blob', data: zeros(64 * MiB) }])),
    { big: true },
  ),
];
