import { refused, type HostileCase } from './hostile-case';
import { gzip, rawTar } from './raw-tar';
import { rawZip, type RawZipEntry } from './raw-zip';
import { MOODLE_BACKUP_XML, sampleTarEntries, sampleZipEntries } from './sample-backup';
import { seededBytes } from './seeded-bytes';

const sampleTgz = () => gzip(rawTar(sampleTarEntries()));
const sampleZip = () => rawZip(sampleZipEntries());
const cut = (build: () => Buffer, keep: (length: number) => number) => () => {
  const full = build();
  return full.subarray(0, keep(full.length));
};
const flip = (build: () => Buffer, at: (length: number) => number) => () => {
  const bytes = Buffer.from(build());
  const index = at(bytes.length);
  bytes[index] = (bytes[index] ?? 0) ^ 0xff;
  return bytes;
};
const text = 'Lorem ipsum dolor sit amet, '.repeat(80);
const zipManifest: RawZipEntry = { name: 'moodle_backup.xml', data: MOODLE_BACKUP_XML };
const zipWith = (entry: Partial<RawZipEntry>) => () =>
  rawZip([zipManifest, { name: 'course/course.xml', data: text, ...entry }]);

/** Truncated, corrupted and size-lying archives. */
export const damageCases: readonly HostileCase[] = [
  refused(
    'tgz-truncated-3-bytes.mbz',
    'truncated',
    'the first 3 bytes of a tar.gz (gzip magic only)',
    cut(sampleTgz, () => 3),
  ),
  refused(
    'tgz-truncated-header.mbz',
    'truncated',
    'the 10-byte gzip header alone',
    cut(sampleTgz, () => 10),
  ),
  refused(
    'tgz-truncated-quarter.mbz',
    'truncated',
    'a tar.gz cut at 25 %',
    cut(sampleTgz, (n) => Math.floor(n / 4)),
  ),
  refused(
    'tgz-truncated-half.mbz',
    'truncated',
    'a tar.gz cut at 50 %',
    cut(sampleTgz, (n) => Math.floor(n / 2)),
  ),
  refused(
    'tgz-truncated-trailer.mbz',
    'truncated',
    'a tar.gz without its 8-byte gzip trailer',
    cut(sampleTgz, (n) => n - 8),
  ),
  refused(
    'tgz-truncated-one-byte.mbz',
    'truncated',
    'a tar.gz missing its last byte',
    cut(sampleTgz, (n) => n - 1),
  ),
  refused(
    'tgz-bad-crc.mbz',
    'corrupt',
    'a tar.gz whose gzip CRC-32 is wrong',
    flip(sampleTgz, (n) => n - 8),
  ),
  refused(
    'tgz-bad-length.mbz',
    'corrupt',
    'a tar.gz whose gzip length (ISIZE) is wrong',
    flip(sampleTgz, (n) => n - 4),
  ),
  refused(
    'tgz-flipped-deflate.mbz',
    'corrupt',
    'a tar.gz with one byte of deflate data flipped',
    flip(sampleTgz, (n) => Math.floor(n / 2)),
  ),
  refused(
    'tgz-bad-tar-checksum.mbz',
    'corrupt',
    'a valid gzip of a tar whose second header has a wrong checksum',
    () =>
      gzip(
        rawTar([
          { path: 'moodle_backup.xml', data: MOODLE_BACKUP_XML },
          { path: 'files.xml', data: '<files/>', badChecksum: true },
        ]),
      ),
  ),
  refused(
    'tgz-tar-size-too-long.mbz',
    'truncated',
    'a tar whose last header declares 100,000 bytes for 100 bytes of data',
    () =>
      gzip(
        rawTar(
          [
            { path: 'moodle_backup.xml', data: MOODLE_BACKUP_XML },
            { path: 'files.xml', data: 'x'.repeat(100), size: 100_000 },
          ],
          { end: false },
        ),
      ),
  ),
  refused(
    'tgz-tar-size-too-short.mbz',
    'corrupt',
    'a tar whose header declares 10 bytes for 2 KB of text (the rest is read as a header)',
    () =>
      gzip(
        rawTar([
          { path: 'moodle_backup.xml', data: text, size: 10 },
          { path: 'files.xml', data: '<files/>' },
        ]),
      ),
  ),
  refused(
    'tgz-tar-truncated-in-gzip.mbz',
    'truncated',
    'a complete gzip of a tar cut inside an entry',
    () => gzip(rawTar(sampleTarEntries()).subarray(0, 512 * 9 + 100)),
  ),
  refused('tgz-not-a-tar.mbz', 'not-an-archive', 'a valid gzip of 4 KiB of random bytes', () =>
    gzip(seededBytes('not a tar', 4096)),
  ),
  refused(
    'zip-truncated-30.mbz',
    'truncated',
    'the first 30 bytes of a zip',
    cut(sampleZip, () => 30),
  ),
  refused(
    'zip-truncated-half.mbz',
    'truncated',
    'a zip cut at 50 %',
    cut(sampleZip, (n) => Math.floor(n / 2)),
  ),
  refused(
    'zip-truncated-no-end.mbz',
    'truncated',
    'a zip without its 22-byte end record',
    cut(sampleZip, (n) => n - 22),
  ),
  refused(
    'zip-truncated-one-byte.mbz',
    'truncated',
    'a zip missing its last byte',
    cut(sampleZip, (n) => n - 1),
  ),
  refused(
    'zip-bad-crc.mbz',
    'corrupt',
    'a zip entry whose CRC-32 (both headers) does not match its data',
    zipWith({ local: { crc: 0x1234 }, central: { crc: 0x1234 } }),
  ),
  refused(
    'zip-flipped-deflate.mbz',
    'corrupt',
    'a zip with one byte of deflate data flipped',
    flip(zipWith({}), () => 30 + 'moodle_backup.xml'.length + 20),
  ),
  refused(
    'zip-central-size-smaller.mbz',
    'size-mismatch',
    'a zip entry whose headers declare fewer bytes than its data inflates to',
    zipWith({ local: { uncompressedSize: 100 }, central: { uncompressedSize: 100 } }),
  ),
  refused(
    'zip-central-size-larger.mbz',
    'size-mismatch',
    'a zip entry whose headers declare more bytes than its data inflates to',
    zipWith({ local: { uncompressedSize: 90_000 }, central: { uncompressedSize: 90_000 } }),
  ),
  refused(
    'zip-local-size-differs.mbz',
    'size-mismatch',
    'a zip entry whose local header size differs from its central record',
    zipWith({ local: { uncompressedSize: 100 } }),
  ),
  refused(
    'zip-stored-size-mismatch.mbz',
    'size-mismatch',
    'a stored zip entry whose compressed and uncompressed sizes differ',
    zipWith({ method: 0, central: { uncompressedSize: 5 }, local: { uncompressedSize: 5 } }),
  ),
  refused(
    'zip-encrypted.mbz',
    'unsupported',
    'a zip entry flagged as encrypted',
    zipWith({ flags: 0x801 }),
  ),
  refused(
    'zip-bzip2.mbz',
    'unsupported',
    'a zip entry compressed with bzip2 (method 12)',
    zipWith({ method: 12 }),
  ),
  refused(
    'zip-data-past-end.mbz',
    'truncated',
    'a zip entry whose compressed size runs past the end of the file',
    zipWith({ local: { compressedSize: 0x7fffffff }, central: { compressedSize: 0x7fffffff } }),
  ),
  refused(
    'zip-bad-central-signature.mbz',
    'corrupt',
    'a zip whose first central record has a broken signature',
    () => {
      const bytes = Buffer.from(sampleZip());
      bytes.writeUInt32LE(0x02014b51, bytes.indexOf(Buffer.from('PK\x01\x02', 'latin1')));
      return bytes;
    },
  ),
];
