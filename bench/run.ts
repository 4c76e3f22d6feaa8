/**
 * The whole bench (`npm run bench`): the reference large project (generated once, cached in
 * .tmp/bench/ by the generator's version), the core bench (P1, P3) on a copy of it, the
 * Chromium bench (P2, P4), then the exchange bench (P5, P6, inputs cached in .tmp/bench/ too);
 * everything is merged into bench/results/latest.json and printed as a table. A missed target is reported, not an error: this is a measurement, it exits 0.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'prettier';
import { runChromiumBench } from './chromium-bench';
import { runCoreBench } from './core-bench';
import { EXCHANGE_INPUT_VERSION, runExchangeBench } from './exchange-bench';
import { GENERATOR_VERSION, generateLargeProject } from './generate-large-project';
import { type PreviewBenchEntry, runPreviewBench } from './preview-bench';
import { median, round } from './stats';

const repoRoot = resolve(import.meta.dirname, '..');
const CACHE = join(repoRoot, '.tmp/bench');
const RESULTS = join(import.meta.dirname, 'results', 'latest.json');

export interface Figure {
  id: string;
  what: string;
  target: string;
  measured: { median: number | null; p95: number | null; unit: string };
  extra: string;
  pass: boolean;
  samples: number;
  [key: string]: unknown;
}

/** The cached large project, generated when missing (a few seconds to a minute). */
const largeProject = async (): Promise<string> => {
  const cached = join(CACHE, `large-v${String(GENERATOR_VERSION)}.atelier`);
  if (existsSync(cached)) return cached;
  mkdirSync(CACHE, { recursive: true });
  const partial = `${cached}.partial`;
  rmSync(partial, { force: true });
  process.stdout.write(`Generating the large project into ${cached}…\n`);
  await generateLargeProject(partial);
  renameSync(partial, cached);
  rmSync(`${partial}.snapshots`, { recursive: true, force: true });
  return cached;
};

type CoreEntry = Awaited<ReturnType<typeof runCoreBench>>;
type WebEntry = Awaited<ReturnType<typeof runChromiumBench>>;
type ExchangeEntry = Awaited<ReturnType<typeof runExchangeBench>>;

const P7_WHAT = 'preview model of a 9-hour parcours / its review package';
const P7_TARGET = '≤ 100 ms / ≤ 2 s';

/** P7: the preview model (median, against 100 ms) and the review package job (against 2 s). */
const p7Figure = (entry: PreviewBenchEntry): Figure => ({
  id: 'P7',
  what: P7_WHAT,
  target: P7_TARGET,
  measured: { median: entry.model.medianMs, p95: entry.model.p95Ms, unit: 'ms' },
  extra: `model of the whole parcours (${String(entry.activities)} activities, ${String(entry.images)} images); review package ${String(entry.package.medianMs)} ms median (p95 ${String(entry.package.p95Ms)} ms, ${String(Math.round(entry.package.bytes / 1024))} KiB) through the warmed built worker`,
  pass: entry.model.medianMs <= 100 && entry.package.medianMs <= 2_000,
  samples: entry.model.runs,
  packageMedianMs: entry.package.medianMs,
});

const p1Figure = ({ P1 }: CoreEntry): Figure => ({
  id: 'P1',
  what: 'open the large project, outline data ready',
  target: '≤ 100 ms',
  measured: { median: P1.medianMs, p95: P1.p95Ms, unit: 'ms' },
  extra: `${String(P1.ratioToRawOutline)}× raw SQLite reading the same rows (${String(P1.rawSqliteOutlineMedianMs)} ms); ${String(P1.ratio)}× a bare open`,
  pass: P1.medianMs <= 100,
  samples: P1.runs,
  ratioToRawSqlite: P1.ratioToRawOutline,
  rawSqliteMedianMs: P1.rawSqliteOutlineMedianMs,
  ratioToBareOpen: P1.ratio,
});

const p3Figure = ({ P3 }: CoreEntry): Figure => ({
  id: 'P3',
  what: 'one acknowledged edit (WAL + FULL) in the core',
  target: 'p95 ≤ 5 ms',
  measured: { median: P3.medianMs, p95: P3.p95Ms, unit: 'ms' },
  extra: '',
  pass: P3.p95Ms <= 5,
  samples: P3.edits,
});

const p2Figure = ({ P2 }: WebEntry): Figure => ({
  id: 'P2',
  what: 'outline of a 500-activity parcours rendered in Chromium',
  target: '≤ 500 ms, ≤ 2,000 DOM nodes',
  measured: { median: P2.medianMs, p95: P2.p95Ms, unit: 'ms' },
  extra: `${String(P2.domNodesMax)} DOM nodes; data ${String(P2.dataMedianMs)} ms + render ${String(P2.renderMedianMs)} ms`,
  pass: P2.medianMs <= 500 && P2.domNodesMax <= 2000,
  samples: P2.runs,
  domNodes: P2.domNodesMax,
});

const p4Figure = ({ P4 }: WebEntry): Figure => ({
  id: 'P4',
  what: 'keystroke to paint in a 20-page rich-text page',
  target: 'p95 ≤ 16 ms, no task over 50 ms',
  measured: { median: P4.medianMs, p95: P4.p95Ms, unit: 'ms' },
  extra: `${P4.longestTaskMs === null ? 'no task over 50 ms' : `longest task ${String(P4.longestTaskMs)} ms`}; ${String(P4.autosaves.reduce((a, b) => a + b, 0))} autosaves in the window; control page p95 ${String(P4.control.p95Ms)} ms (${String(P4.ratioP95ToControl)}×)`,
  pass: P4.p95Ms <= 16 && (P4.longestTaskMs ?? 0) <= 50,
  samples: P4.keystrokes,
  longestTaskMs: P4.longestTaskMs,
  controlP95Ms: P4.control.p95Ms,
  ratioP95ToControl: P4.ratioP95ToControl,
});

const P5_WHAT = 'export a 9-hour parcours with 50 MiB of media to .mbz';
const P5_TARGET = '≤ 1.3 × tar -czf of the same bytes';
const P6_WHAT = 'import a 50 MiB-media .mbz written by Moodle 4.5';
const P6_TARGET = '≤ 1.3 × tar -xzf of it';

/**
 * P5 or P6: the job through the core and the built worker against system tar in the same run
 * (ratio of medians).
 */
const exchangeFigure = (
  id: 'P5' | 'P6',
  entry: ExchangeEntry['P5'] | ExchangeEntry['P6'],
  tar: string,
): Figure => {
  const inThread = median(entry.inThreadMs);
  return {
    id,
    what: id === 'P5' ? P5_WHAT : P6_WHAT,
    target: id === 'P5' ? P5_TARGET : P6_TARGET,
    measured: { median: entry.medianMs, p95: entry.p95Ms, unit: 'ms' },
    extra: `${String(entry.ratio)}× ${tar} (${String(entry.tarMedianMs)} ms), run by run ${String(entry.pairedRatio)}×; peak RSS +${String(entry.memory.growthMb)} MB; the same steps in one thread, no worker: ${String(round(inThread))} ms; in a worker not warmed first: ${String(round(median(entry.coldMs)))} ms`,
    pass: entry.ratio <= 1.3,
    samples: entry.runs,
    ratioToTar: entry.ratio,
    pairedRatioToTar: entry.pairedRatio,
    tarMedianMs: entry.tarMedianMs,
    peakRssGrowthMb: entry.memory.growthMb,
    inThreadMedianMs: round(inThread),
  };
};

/** A figure a bench could not produce (it failed): reported, never a pass. */
const notMeasured = (id: string, what: string, target: string, error: string): Figure => ({
  id,
  what,
  target,
  measured: { median: null, p95: null, unit: 'ms' },
  extra: `not measured: ${error}`,
  pass: false,
  samples: 0,
});

const figures = (
  core: CoreEntry,
  web: WebEntry | null,
  webError: string,
  exchange: ExchangeEntry | null,
  exchangeError: string,
  preview: PreviewBenchEntry | null,
  previewError: string,
): Figure[] => [
  p1Figure(core),
  web
    ? p2Figure(web)
    : notMeasured(
        'P2',
        'outline of a 500-activity parcours',
        '≤ 500 ms, ≤ 2,000 DOM nodes',
        webError,
      ),
  p3Figure(core),
  web
    ? p4Figure(web)
    : notMeasured(
        'P4',
        'keystroke to paint, 20-page page',
        'p95 ≤ 16 ms, no task over 50 ms',
        webError,
      ),
  exchange
    ? exchangeFigure('P5', exchange.P5, 'tar -czf')
    : notMeasured('P5', P5_WHAT, P5_TARGET, exchangeError),
  exchange
    ? exchangeFigure('P6', exchange.P6, 'tar -xzf')
    : notMeasured('P6', P6_WHAT, P6_TARGET, exchangeError),
  preview ? p7Figure(preview) : notMeasured('P7', P7_WHAT, P7_TARGET, previewError),
];

const table = (rows: readonly Figure[]): string => {
  const cells = rows.map((row) => [
    row.id,
    row.target,
    `${String(row.measured.median)} ${row.measured.unit}`,
    `${String(row.measured.p95)} ${row.measured.unit}`,
    String(row.samples),
    row.pass ? 'pass' : 'MISS',
    row.extra,
  ]);
  const head = ['id', 'target', 'median', 'p95', 'n', 'result', 'notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
};

const main = async (): Promise<void> => {
  const started = Date.now();
  const cached = await largeProject();
  const copy = join(CACHE, 'large-work.atelier');
  const clean = () => {
    for (const suffix of ['', '-wal', '-shm', '.lock', '.snapshots'])
      rmSync(`${copy}${suffix}`, { recursive: true, force: true });
  };
  clean();
  copyFileSync(cached, copy);
  process.stdout.write('Core bench (P1, P3)…\n');
  const core = await runCoreBench(copy);
  clean();
  process.stdout.write('Chromium bench (P2, P4)…\n');
  let web: WebEntry | null = null;
  let webError = '';
  try {
    web = await runChromiumBench();
  } catch (error) {
    webError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    process.exitCode = 1;
  }
  process.stdout.write('Exchange bench (P5, P6)…\n');
  let exchange: ExchangeEntry | null = null;
  let exchangeError = '';
  try {
    exchange = await runExchangeBench(CACHE);
  } catch (error) {
    exchangeError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    process.exitCode = 1;
  }
  process.stdout.write('Preview bench (P7)…\n');
  let preview: PreviewBenchEntry | null = null;
  let previewError = '';
  try {
    preview = await runPreviewBench(CACHE);
  } catch (error) {
    previewError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    process.exitCode = 1;
  }
  const results = figures(core, web, webError, exchange, exchangeError, preview, previewError);
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    generatorVersion: GENERATOR_VERSION,
    exchangeInputVersion: EXCHANGE_INPUT_VERSION,
    durationS: Math.round((Date.now() - started) / 1000),
    results: Object.fromEntries(results.map((r) => [r.id, r])),
    core,
    chromium: web ?? { error: webError },
    exchange: exchange ?? { error: exchangeError },
  };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  // Formatted as `prettier --check` wants it, so a copy can be committed as the baseline.
  writeFileSync(RESULTS, await format(JSON.stringify(out), { parser: 'json' }));
  process.stdout.write(`\n${table(results)}\n\n`);
  const misses = results.filter((r) => !r.pass);
  process.stdout.write(
    misses.length === 0
      ? 'All targets met.\n'
      : `Targets missed: ${misses.map((m) => `${m.id} (${m.target}; measured median ${String(m.measured.median)}, p95 ${String(m.measured.p95)} ${m.measured.unit}${m.extra === '' ? '' : `; ${m.extra}`})`).join('; ')}\n`,
  );
  if (webError !== '') process.stdout.write(`The Chromium bench failed: ${webError}\n`);
  if (exchangeError !== '') process.stdout.write(`The exchange bench failed: ${exchangeError}\n`);
  if (web && web.pageErrors.length > 0)
    process.stdout.write(`Page errors: ${web.pageErrors.join(' | ')}\n`);
  process.stdout.write(`Written to ${RESULTS} in ${String(out.durationS)} s.\n`);
};

await main();
