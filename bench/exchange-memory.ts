/**
 * Peak memory of one P5 export or one P6 import, in a fresh Node process so that nothing else
 * the bench did raised the peak first: the job's modules are loaded, then the resident set is
 * read, the step runs once, and the growth is the process's peak RSS minus that reading (an
 * upper bound: a higher peak while loading would count too).
 * Usage (by exchange-bench.ts): `node --import tsx bench/exchange-memory.ts JSON`, where JSON
 * is `{ "step": "export", "project": {...}, "out": "…" }` or
 * `{ "step": "import", "backup": "…", "work": "…" }`; prints `{ "baseMb", "peakMb", "growthMb" }`.
 */
import { execPath } from 'node:process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExportProject } from './exchange-project';
import { round } from './stats';

type MemoryStep =
  | { step: 'export'; project: ExportProject; out: string }
  | { step: 'import'; backup: string; work: string };

export interface MemoryReading {
  baseMb: number;
  peakMb: number;
  growthMb: number;
}

const MB = 1024 * 1024;

const measure = async (step: MemoryStep): Promise<MemoryReading> => {
  const steps = await import('./exchange-steps');
  await Promise.all([
    import('../src/main/formats/mbz/write-mbz'),
    import('../src/main/formats/mbz/read-mbz'),
    import('../src/main/formats/mbz/modules/all-codecs'),
    import('../src/main/formats/archive/write-tar-gz'),
    import('../src/main/formats/archive/write-zip'),
  ]);
  const base = process.memoryUsage.rss();
  if (step.step === 'export') await steps.timeExport(step.project, step.out);
  else await steps.timeImport(step.backup, step.work);
  // maxRSS is in KiB.
  const peak = process.resourceUsage().maxRSS * 1024;
  return {
    baseMb: round(base / MB),
    peakMb: round(peak / MB),
    growthMb: round((peak - base) / MB),
  };
};

/** Runs `step` in a child process and returns its memory reading. */
export const measureMemory = async (step: MemoryStep): Promise<MemoryReading> => {
  const child = spawn(
    execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(step)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`the memory child exited with ${String(code)}`);
  return JSON.parse(out) as MemoryReading;
};

if (process.argv[1]?.endsWith('exchange-memory.ts')) {
  const step = JSON.parse(process.argv[2] ?? '{}') as MemoryStep;
  process.stdout.write(JSON.stringify(await measure(step)));
}
