/**
 * P5 and P6 end to end through the core, as the app runs them: `exchange.export` or
 * `exchange.import` to its `job.finished` event, the work done in a job worker thread (and an
 * import written by the core's thread after a `before-import` snapshot). Run from the sources,
 * each worker first registers tsx and compiles the job's modules, which the built app's
 * bundled worker does not: this time is an upper bound of the app's.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from '../src/shared/contract/create-client';
import type { EventPayload } from '../src/shared/contract/events';
import { benchCore, type ExportProject } from './exchange-project';

/** Milliseconds from asking for a job to its `job.finished` event; throws if it failed. */
const timeJob = async (
  client: Client,
  start: () => Promise<{ jobId: string }>,
): Promise<number> => {
  const ends: EventPayload<'job.finished'>[] = [];
  const off = client.on('job.finished', (event) => ends.push(event));
  try {
    const started = performance.now();
    const { jobId } = await start();
    for (;;) {
      const end = ends.find((e) => e.jobId === jobId);
      if (end) {
        const ms = performance.now() - started;
        if (!end.ok) throw new Error(`job failed: ${end.error.messageEn}`);
        return ms;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    off();
  }
};

/** `runs` exports of the P5 parcours through the core (on a copy of the project). */
export const endToEndExport = async (
  project: ExportProject,
  work: string,
  runs: number,
): Promise<number[]> => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const copy = join(work, 'export.atelier');
  copyFileSync(project.path, copy);
  const { context, client } = benchCore(work);
  try {
    await client.invoke('project.open', { path: copy });
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const out = join(work, `export-${String(run)}.mbz`);
      times.push(
        await timeJob(client, () =>
          client.invoke('exchange.export', {
            parcoursId: project.parcoursId,
            format: 'mbz',
            moodle: '4.5',
            path: out,
          }),
        ),
      );
      rmSync(out, { force: true });
    }
    return times;
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

/** `runs` imports of the P6 backup through the core, each into a fresh project. */
export const endToEndImport = async (
  backup: string,
  work: string,
  runs: number,
): Promise<number[]> => {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const { context, client } = benchCore(work);
    try {
      await client.invoke('project.create', { path: join(work, 'import.atelier') });
      times.push(await timeJob(client, () => client.invoke('exchange.import', { path: backup })));
    } finally {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    }
  }
  return times;
};
