/** The mtime Moodle's backup gives every folder entry: 2013-01-01T00:00:00Z (README §3). */
export const MOODLE_DIRECTORY_MTIME = 1_356_998_400;
