/**
 * P5 and P6 as the app runs them: `exchange.export` or `exchange.import` through the core, to
 * its `job.finished` event, the work done in the built app's job worker (`out/main/
 * job-worker.js`, see built-app.ts) and an import written by the core's thread after its
 * `before-import` snapshot. The studio warms its job worker when it starts (the worker loads
 * the export and import code, about half a second, while the author opens a project and
 * picks a file): with `warm`, the clock starts once that is done; without, it counts the
 * worker's start and loading too (the CLI's case, and a job asked for at once).
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from '../src/shared/contract/create-client';
import type { EventPayload } from '../src/shared/contract/events';
import { benchCore, type ExportProject } from './exchange-project';

/** Milliseconds from asking for a job to its `job.finished` event; throws if it failed. */
export const timeJob = async (
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
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    off();
  }
};

/** One export of the P5 parcours through the core (on a fresh copy of the project). */
export const exportJobOnce = async (
  project: ExportProject,
  work: string,
  workerPath: string,
  warm = true,
): Promise<number> => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const copy = join(work, 'export.atelier');
  copyFileSync(project.path, copy);
  const { context, client } = benchCore(work, workerPath, warm);
  try {
    await client.invoke('project.open', { path: copy });
    await context.jobWorkerWarmed();
    return await timeJob(client, () =>
      client.invoke('exchange.export', {
        parcoursId: project.parcoursId,
        format: 'mbz',
        moodle: '4.5',
        path: join(work, 'export.mbz'),
      }),
    );
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

/** One import of the P6 backup through the core, into a fresh, empty project. */
export const importJobOnce = async (
  backup: string,
  work: string,
  workerPath: string,
  warm = true,
): Promise<number> => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const { context, client } = benchCore(work, workerPath, warm);
  try {
    await client.invoke('project.create', { path: join(work, 'import.atelier') });
    await context.jobWorkerWarmed();
    return await timeJob(client, () => client.invoke('exchange.import', { path: backup }));
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};
