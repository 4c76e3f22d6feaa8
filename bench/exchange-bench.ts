/**
 * QUALITY.md P5 and P6, each against system tar on the same bytes in the same run, measured
 * as the app runs them: a request to the core, the work in the built app's job worker, until
 * the job's end event (exchange-end-to-end.ts):
 * - P5: export of a 9-hour parcours with 50 MiB of media (exchange-project.ts) to a Moodle
 *   4.5 .mbz, against `tar -czf` of the tree that .mbz holds (extracted once).
 * - P6: import of a 50 MiB backup written by Moodle (exchange-moodle-backup.ts) into a fresh
 *   project, against `tar -xzf` of it.
 * The two sides alternate, which goes first alternating too, after one untimed warm-up of
 * each. Extras: the same work in this thread without a worker (the steps one after the other,
 * exchange-steps.ts), and peak RSS growth of one run in a fresh process (exchange-memory.ts).
 * Inputs are cached in .tmp/bench/exchange-v<N>/.
 * Usage: `npx tsx bench/exchange-bench.ts` prints the entry; `bench/run.ts` records it.
 */
import { statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { builtCopy } from './built-app';
import { exportJobOnce, importJobOnce } from './exchange-end-to-end';
import { exchangeMedia } from './exchange-media';
import { measureMemory } from './exchange-memory';
import { moodleBackup, REFERENCE_MBZ } from './exchange-moodle-backup';
import { exportProject, type ExportProject } from './exchange-project';
import {
  timeExport,
  timeImport,
  timeTar,
  timeTarCreate,
  timeTarExtract,
  type ImportRun,
} from './exchange-steps';
import { median, p95, round } from './stats';

/** Bump when what the exchange inputs hold changes: they are cached by it. */
export const EXCHANGE_INPUT_VERSION = 2;
const RUNS = 7;
/** Runs of the extras: the steps in this thread, and jobs in a worker that was not warmed. */
const IN_THREAD_RUNS = 3;
const MB = 1024 * 1024;

/** Runs `a` and `b` alternately `RUNS` times (who goes first alternating), after a warm-up. */
const alternate = async <A, B>(a: () => Promise<A>, b: () => Promise<B>) => {
  await a();
  await b();
  const as: A[] = [];
  const bs: B[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    if (run % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  return { as, bs };
};

const summary = (atelier: readonly number[], tar: readonly number[]) => {
  const atelierMedian = median(atelier);
  const tarMedian = median(tar);
  return {
    medianMs: round(atelierMedian),
    p95Ms: round(p95(atelier)),
    tarMedianMs: round(tarMedian),
    ratio: round(atelierMedian / tarMedian),
    // Each run's own ratio (its two sides ran back to back): steadier when the load changes.
    pairedRatio: round(median(atelier.map((ms, i) => ms / (tar[i] ?? Number.NaN)))),
    runs: atelier.length,
    atelierMs: atelier.map(round),
    tarMs: tar.map(round),
  };
};

/** `runs` times `step`, one after the other. */
const repeat = async <T>(runs: number, step: () => Promise<T>): Promise<T[]> => {
  const results: T[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await step());
  return results;
};

const measureP5 = async (project: ExportProject, work: string, workerPath: string) => {
  const mbz = join(work, 'p5-atelier.mbz');
  const tree = join(work, 'p5-tree');
  const tgz = join(work, 'p5-tar.tgz');
  await timeExport(project, mbz);
  await mkdir(tree, { recursive: true });
  await timeTar(['-xzf', mbz, '-C', tree]);
  const { as, bs } = await alternate(
    () => exportJobOnce(project, join(work, 'p5-job'), workerPath),
    () => timeTarCreate(tree, tgz),
  );
  const sizes = { mbzBytes: statSync(mbz).size, tarGzBytes: statSync(tgz).size };
  const inThread = await repeat(IN_THREAD_RUNS, () => timeExport(project, mbz));
  const cold = await repeat(IN_THREAD_RUNS, () =>
    exportJobOnce(project, join(work, 'p5-job'), workerPath, false),
  );
  await rm(tree, { recursive: true, force: true });
  await rm(tgz, { force: true });
  return { ...summary(as, bs), ...sizes, inThreadMs: inThread.map(round), coldMs: cold.map(round) };
};

const measureP6 = async (backup: string, work: string, workerPath: string) => {
  const { as, bs } = await alternate(
    () => importJobOnce(backup, join(work, 'p6-job'), workerPath),
    () => timeTarExtract(backup, join(work, 'p6-tar')),
  );
  const inThread: ImportRun[] = await repeat(IN_THREAD_RUNS, () =>
    timeImport(backup, join(work, 'p6-atelier')),
  );
  const cold = await repeat(IN_THREAD_RUNS, () =>
    importJobOnce(backup, join(work, 'p6-job'), workerPath, false),
  );
  return {
    ...summary(as, bs),
    inThreadMs: inThread.map((r) => round(r.ms)),
    coldMs: cold.map(round),
    importedMedia: inThread[0]?.media ?? 0,
    importedMediaBytes: inThread[0]?.mediaBytes ?? 0,
    backupBytes: statSync(backup).size,
  };
};

/** Measures P5 and P6 with their inputs cached under `cacheDir`. */
export const runExchangeBench = async (cacheDir: string) => {
  const dir = join(cacheDir, `exchange-v${String(EXCHANGE_INPUT_VERSION)}`);
  const work = join(dir, 'work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const media = exchangeMedia(join(dir, 'media'));
  const project = await exportProject(join(dir, 'p5-9h-50mb.atelier'), media);
  const backup = moodleBackup(join(dir, 'p6-moodle-50mb.mbz'), media);
  const workerPath = join(builtCopy('main', work), 'job-worker.js');
  try {
    const p5 = await measureP5(project, work, workerPath);
    const p6 = await measureP6(backup, work, workerPath);
    const memoryP5 = await measureMemory({
      step: 'export',
      project,
      out: join(work, 'memory.mbz'),
    });
    const memoryP6 = await measureMemory({ step: 'import', backup, work: join(work, 'memory') });
    return {
      inputs: {
        media: media.map((m) => ({ name: m.name, mime: m.mime, mb: round(m.bytes / MB) })),
        mediaMb: round(media.reduce((sum, m) => sum + m.bytes, 0) / MB),
        exportProject: { template: 'parcours-hybride-9h', fileActivities: media.length },
        moodleBackup: { from: REFERENCE_MBZ, mb: round(statSync(backup).size / MB) },
      },
      P5: { ...p5, memory: memoryP5 },
      P6: { ...p6, memory: memoryP6 },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

export type ExchangeBenchEntry = Awaited<ReturnType<typeof runExchangeBench>>;

if (process.argv[1]?.endsWith('exchange-bench.ts')) {
  const entry = await runExchangeBench(resolve(import.meta.dirname, '..', '.tmp', 'bench'));
  process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
}
