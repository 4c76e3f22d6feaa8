/**
 * What `npm run build` makes, as the benches measure it: built first when missing or older
 * than any source file, then copied to a private folder, so a concurrent build (which empties
 * out/) cannot pull it from under a run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const OUT = join(repoRoot, 'out');
/** One file per build output the benches use: its age stands for the output's. */
const MARKERS = [
  'renderer/index.html',
  'main/index.js',
  'main/job-worker.js',
  'preview/preview-site.js',
];

const newestSource = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
};

const isCurrent = (): boolean => {
  const sources = newestSource(join(repoRoot, 'src'));
  return MARKERS.every((marker) => {
    const path = join(OUT, marker);
    return existsSync(path) && statSync(path).mtimeMs >= sources;
  });
};

/** Copies `out/<part>` into `work` (building first when needed); returns the copy's folder. */
export const builtCopy = (part: 'renderer' | 'main' | 'preview', work: string): string => {
  if (!isCurrent()) {
    process.stdout.write('out/ is missing or older than src/: npm run build…\n');
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const dir = join(work, part);
  for (let attempt = 0; ; attempt += 1) {
    try {
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(OUT, part), dir, { recursive: true });
      return dir;
    } catch (error) {
      if (attempt >= 10) throw error;
      execFileSync('sleep', ['3']);
    }
  }
};

/** When `out/<file>` was built. */
export const builtAt = (file: string): string => statSync(join(OUT, file)).mtime.toISOString();
