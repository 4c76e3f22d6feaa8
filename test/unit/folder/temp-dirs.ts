import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A function making fresh temporary folders, all removed after each test. */
export const useTempDirs = (): ((name?: string) => string) => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (name = 'folder') => {
    const dir = mkdtempSync(join(tmpdir(), `atelier-${name}-`));
    made.push(dir);
    return dir;
  };
};
