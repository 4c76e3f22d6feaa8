/**
 * Core benchmarks of QUALITY.md, on the reference large project:
 * - P1: open the project and have the outline of its biggest parcours ready (fresh core
 *   each run); median, and its ratio to raw better-sqlite3 in the same run: reading the same
 *   rows (parcours list, sections and activities of the biggest parcours) and, for reference,
 *   a bare open + one SELECT.
 * - P3: one acknowledged `activity.update` (WAL + synchronous=FULL) in the core; p95.
 * Usage: `npx tsx bench/core-bench.ts [PROJECT.atelier]` (generated in a temp folder when
 * absent; the file is edited by P3, pass a copy). Merges its entry `core` into
 * bench/results/latest.json. `bench/run.ts` runs it with the other benches.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppContext } from '../src/main/core/app-context';
import { createInProcessTransport } from '../src/main/core/in-process-transport';
import { createClient } from '../src/shared/contract/create-client';
import { generateLargeProject } from './generate-large-project';
import { quantile, round } from './stats';

const P1_RUNS = 15;
const P3_EDITS = 300;
const RESULTS = join(import.meta.dirname, 'results', 'latest.json');

/** What raw better-sqlite3 needs to read the data P1 returns: every row it is built from. */
const rawOutlineRead = (path: string, parcoursId: string): void => {
  const db = new Database(path, { readonly: true });
  db.prepare(
    `SELECT p.id, p.data, (SELECT COUNT(*) FROM activities a JOIN sections s ON s.id = a.section_id
       WHERE s.parcours_id = p.id) AS n FROM parcours p ORDER BY p.position`,
  ).all();
  db.prepare('SELECT id, data FROM sections WHERE parcours_id = ? ORDER BY position').all(
    parcoursId,
  );
  db.prepare(
    `SELECT a.id, a.section_id, a.type, a.title, a.data FROM activities a
       JOIN sections s ON s.id = a.section_id WHERE s.parcours_id = ? ORDER BY a.position`,
  ).all(parcoursId);
  db.close();
};

const core = (work: string) => {
  const context = createAppContext({
    dataDir: join(work, 'data'),
    defaultProjectDir: work,
    snapshotIntervalMinutes: 0,
  });
  return { context, client: createClient(createInProcessTransport(context)) };
};

const measureP1 = async (path: string, work: string) => {
  const times: number[] = [];
  const raw: number[] = [];
  const rawOutline: number[] = [];
  let biggestId: string | null = null;
  // Run -1 is a warm-up, not counted: it pays for a migration if the file is older.
  for (let run = -1; run < P1_RUNS; run += 1) {
    let started = performance.now();
    const db = new Database(path, { readonly: true });
    db.prepare('SELECT id, data FROM parcours ORDER BY position LIMIT 1').get();
    db.close();
    if (run >= 0) raw.push(performance.now() - started);
    if (biggestId !== null && run >= 0) {
      started = performance.now();
      rawOutlineRead(path, biggestId);
      rawOutline.push(performance.now() - started);
    }
    const { context, client } = core(work);
    started = performance.now();
    const project = await client.invoke('project.open', { path });
    const biggest = [...project.parcours].sort((a, b) => b.activityCount - a.activityCount)[0];
    if (!biggest) throw new Error('the project has no parcours');
    await client.invoke('parcours.outline', { id: biggest.id });
    if (run >= 0) times.push(performance.now() - started);
    biggestId = biggest.id;
    await context.close();
  }
  const median = quantile(times, 0.5);
  const rawMedian = quantile(raw, 0.5);
  const rawOutlineMedian = quantile(rawOutline, 0.5);
  return {
    medianMs: round(median),
    p95Ms: round(quantile(times, 0.95)),
    rawSqliteMedianMs: round(rawMedian),
    ratio: round(median / rawMedian),
    rawSqliteOutlineMedianMs: round(rawOutlineMedian),
    ratioToRawOutline: round(median / rawOutlineMedian),
    runs: P1_RUNS,
    targetMs: 100,
  };
};

const measureP3 = async (path: string, work: string) => {
  const { context, client } = core(work);
  try {
    const project = await client.invoke('project.open', { path });
    const first = project.parcours[0];
    if (!first) throw new Error('the project has no parcours');
    const outline = await client.invoke('parcours.outline', { id: first.id });
    const target = outline.sections[0]?.activities[0];
    if (!target) throw new Error('the first parcours has no activity');
    const times: number[] = [];
    for (let i = 0; i < P3_EDITS; i += 1) {
      const started = performance.now();
      const result = await context.dispatch('activity.update', {
        id: target.id,
        patch: { estimatedMinutes: 10 + (i % 50) },
      });
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.messageEn);
    }
    await client.invoke('history.undo', {});
    return {
      p95Ms: round(quantile(times, 0.95)),
      medianMs: round(quantile(times, 0.5)),
      edits: P3_EDITS,
      targetP95Ms: 5,
    };
  } finally {
    await context.close();
  }
};

/** What the measured file holds, so a result always says what it was measured on. */
const projectStats = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    return {
      parcours: count('SELECT COUNT(*) AS n FROM parcours'),
      activities: count('SELECT COUNT(*) AS n FROM activities'),
      mediaBytes: count('SELECT COALESCE(SUM(size), 0) AS n FROM media'),
      fileBytes: statSync(path).size,
    };
  } finally {
    db.close();
  }
};

/** Merges `core` into the results file: other benches' entries are kept. */
const writeResults = (entry: Record<string, unknown>): void => {
  let all: Record<string, unknown> = {};
  if (existsSync(RESULTS)) {
    try {
      all = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
    } catch {
      all = {};
    }
  }
  writeFileSync(RESULTS, `${JSON.stringify({ ...all, core: entry }, null, 2)}\n`);
};

export type CoreBenchEntry = Awaited<ReturnType<typeof runCoreBench>>;

/** Measures P1 and P3 on `path` (which P3 edits: give it a copy). */
export const runCoreBench = async (path: string) => {
  const work = mkdtempSync(join(tmpdir(), 'atelier-bench-'));
  try {
    const project = projectStats(path);
    const p1 = await measureP1(path, work);
    const p3 = await measureP3(path, work);
    return {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      project,
      P1: p1,
      P3: p3,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const work = mkdtempSync(join(tmpdir(), 'atelier-bench-'));
  try {
    const given = process.argv[2];
    const path = given === undefined ? join(work, 'large.atelier') : resolve(given);
    if (given === undefined) {
      process.stdout.write('Generating the large project (a few minutes)…\n');
      await generateLargeProject(path);
    }
    const entry = await runCoreBench(path);
    writeResults(entry);
    process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

if (process.argv[1]?.endsWith('core-bench.ts')) await main();
