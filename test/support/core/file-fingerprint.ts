import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** Bytes and mtime of a file: D3 tests check both are unchanged after a refused open. */
export const fileFingerprint = (
  path: string,
): { sha256: string; mtimeMs: number; size: number } => ({
  sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  mtimeMs: statSync(path).mtimeMs,
  size: statSync(path).size,
});
