import type { RawTarEntry } from './raw-tar';
import type { RawZipEntry } from './raw-zip';
import { seededBytes } from './seeded-bytes';

/** A manifest that parses: the valid part the hostile fixtures wrap around. */
export const MOODLE_BACKUP_XML = `<?xml version="1.0" encoding="UTF-8"?>
<moodle_backup>
  <information>
    <name>hostile.mbz</name>
    <moodle_version>2024100700.09</moodle_version>
    <original_course_fullname>Parcours — échantillon</original_course_fullname>
  </information>
</moodle_backup>`;

const FILES_XML = `<?xml version="1.0" encoding="UTF-8"?>
<files>
</files>`;

/** The files of a small, plausible backup: XML, a folder, and an incompressible blob. */
export const sampleFiles = (): { path: string; data: Buffer }[] => [
  { path: 'moodle_backup.xml', data: Buffer.from(MOODLE_BACKUP_XML) },
  { path: 'files.xml', data: Buffer.from(FILES_XML) },
  {
    path: 'course/course.xml',
    data: Buffer.from('<course id="2">'.padEnd(4000, ' ') + '</course>'),
  },
  { path: 'files/9a/9a3c0c2f8f4e', data: seededBytes('sample blob', 20_000) },
];

/** The sample backup as tar entries, with explicit folders like Moodle's. */
export const sampleTarEntries = (): RawTarEntry[] => [
  { path: 'course/', type: 'Directory' },
  { path: 'files/', type: 'Directory' },
  { path: 'files/9a/', type: 'Directory' },
  ...sampleFiles(),
];

/** The sample backup as ZIP entries. */
export const sampleZipEntries = (): RawZipEntry[] =>
  sampleFiles().map(({ path, data }) => ({ name: path, data }));
