/** Bounds that keep a hostile or mistaken folder from exhausting memory, disk or time. */
export const FOLDER_LIMITS = {
  /** A JSON file: the largest question (10 MB of kept XML) fits several times over. */
  jsonBytes: 64 * 1024 * 1024,
  /** A medium: far above any course video, far below a disk image by mistake. */
  mediaBytes: 8 * 1024 * 1024 * 1024,
  /** Entries listed in one read or cleaned in one export. */
  entries: 100_000,
} as const;
