/**
 * Constants of the `.atelier` file format. `application_id` lets the core (and `file(1)`)
 * tell an Atelier project from any other SQLite file without trusting its name.
 */
export const projectFileFormat = {
  /** "ATLR" in ASCII. */
  applicationId: 0x41544c52,
  /** The 16 bytes every SQLite 3 file starts with. */
  sqliteMagic: 'SQLite format 3\u0000',
  /** Byte offsets in the 100-byte SQLite header (big-endian 32-bit integers). */
  userVersionOffset: 60,
  applicationIdOffset: 68,
  headerSize: 100,
  extension: '.atelier',
} as const;
