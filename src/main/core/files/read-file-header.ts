import { closeSync, openSync, readSync } from 'node:fs';
import { projectFileFormat } from '../db/project-file-format';

/** Why a file is not a project, in French and in English. */
export interface DamageReason {
  fr: string;
  en: string;
}

/** What the first 100 bytes of a file say, read without SQLite (so nothing is written). */
export type FileHeader =
  | { kind: 'not-sqlite'; reason: DamageReason }
  | { kind: 'sqlite'; applicationId: number; userVersion: number };

export const readFileHeader = (path: string): FileHeader => {
  const buffer = Buffer.alloc(projectFileFormat.headerSize);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < projectFileFormat.headerSize) {
    return {
      kind: 'not-sqlite',
      reason: {
        fr: `fichier trop court : ${String(read)} octets`,
        en: `file too short: ${String(read)} bytes`,
      },
    };
  }
  const magic = buffer.toString('latin1', 0, projectFileFormat.sqliteMagic.length);
  if (magic !== projectFileFormat.sqliteMagic) {
    return {
      kind: 'not-sqlite',
      reason: { fr: 'en-tête SQLite absent', en: 'no SQLite header' },
    };
  }
  return {
    kind: 'sqlite',
    applicationId: buffer.readUInt32BE(projectFileFormat.applicationIdOffset),
    userVersion: buffer.readUInt32BE(projectFileFormat.userVersionOffset),
  };
};
