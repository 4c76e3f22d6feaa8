import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/domain/project';

const MAX_RECENT = 10;
const storedSchema = z.array(
  z.object({ path: z.string(), title: z.string(), openedAt: z.iso.datetime() }),
);
type Stored = z.infer<typeof storedSchema>;

/** The recent-projects list kept in `<dataDir>/recent.json`, most recent first. */
export interface RecentProjects {
  /** With `exists` computed now: a file moved away shows as missing, not as an error. */
  list(): RecentProject[];
  add(path: string, title: string): void;
  forget(path: string): void;
}

export const createRecentProjects = (
  dataDir: string,
  now: () => Date,
  log: (message: string, error: unknown) => void,
): RecentProjects => {
  const file = join(dataDir, 'recent.json');
  const read = (): Stored => {
    if (!existsSync(file)) return [];
    try {
      const parsed = storedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // A damaged list is not worth an error dialog: start a new one.
      return parsed.success ? parsed.data : [];
    } catch (error) {
      log('recent.json unreadable, ignored', error);
      return [];
    }
  };
  const write = (entries: Stored): void => {
    mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(entries, null, 2));
    renameSync(temp, file);
  };
  return {
    list: () => read().map((entry) => ({ ...entry, exists: existsSync(entry.path) })),
    add(path, title) {
      const others = read().filter((entry) => entry.path !== path);
      write([{ path, title, openedAt: now().toISOString() }, ...others].slice(0, MAX_RECENT));
    },
    forget(path) {
      write(read().filter((entry) => entry.path !== path));
    },
  };
};
