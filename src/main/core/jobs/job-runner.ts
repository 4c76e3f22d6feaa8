import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppErrorData } from '../../../shared/contract/app-error';
import type { JobResult } from '../../../shared/domain/exchange';
import type { EventBus } from '../event-bus';
import { cancelledError, toAppErrorData } from './job-error';
import type { ImportPayload, JobRequest, WorkerMessage } from './job-protocol';

/** The sources' worker: a bootstrap that registers tsx in the worker thread, then the job code. */
const SOURCE_WORKER = fileURLToPath(new URL('./job-worker-bootstrap.mjs', import.meta.url));

/** How a job ends on the core's thread: an import is written there, then staging is removed. */
export interface JobHooks {
  /** Writes an import's payload into the project (the single writer) and says what it did. */
  onImported?: (payload: ImportPayload) => JobResult | Promise<JobResult>;
  /** Always runs last, whatever happened (removes staging folders, partial files). */
  cleanup: () => Promise<void>;
}

export interface JobRunner {
  /** Starts a worker for `request`; returns the job id that progress and the end events carry. */
  start(request: JobRequest, hooks: JobHooks): string;
  /** Asks a job to stop (it is terminated if it does not within 2 s); false if unknown. */
  cancel(jobId: string): boolean;
  /** Stops every job (the project is closing, the app quitting) and waits for their cleanup. */
  close(): Promise<void>;
}

/**
 * Long jobs (export, import) in worker threads, so the core keeps answering edits. Each job
 * reports `job.progress` events and ends with exactly one `job.finished`. Workers read the
 * project through their own read-only connection and never write it; an import's result is
 * written here, by the core's single writer.
 */
export const createJobRunner = (deps: {
  events: EventBus;
  log: (message: string, error: unknown) => void;
  /** The built app's bundled worker (`out/main/job-worker.js`); the sources' otherwise. */
  workerPath?: string | undefined;
}): JobRunner => {
  const running = new Map<string, { worker: Worker; done: Promise<void>; cancel: () => void }>();

  const start = (request: JobRequest, hooks: JobHooks): string => {
    const jobId = randomUUID();
    const worker = new Worker(deps.workerPath ?? SOURCE_WORKER, { workerData: { request } });
    let cancelled = false;
    let settled: { ok: true; result: JobResult } | { ok: false; error: AppErrorData } | null = null;
    let pending: Promise<void> = Promise.resolve();
    const fail = (error: AppErrorData): void => {
      settled ??= { ok: false, error };
    };

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          if (!cancelled) {
            const { phase, phaseEn, done, total } = message;
            deps.events.emit('job.progress', { jobId, phase, phaseEn, done, total });
          }
          return;
        case 'exported':
          settled ??= { ok: true, result: message.result };
          return;
        case 'imported': {
          const { onImported } = hooks;
          if (!onImported || cancelled) return;
          pending = (async () => {
            try {
              settled ??= { ok: true, result: await onImported(message.payload) };
            } catch (error) {
              fail(toAppErrorData(error));
            }
          })();
          return;
        }
        case 'failed':
          fail(message.error);
      }
    });
    worker.on('error', (error) => {
      deps.log(`job ${jobId} crashed`, error);
      fail(toAppErrorData(error, cancelled));
    });

    const done = new Promise<void>((resolve) => {
      worker.once('exit', () => {
        void (async () => {
          await pending;
          if (cancelled && settled?.ok !== true)
            settled = { ok: false, error: cancelledError().toData() };
          try {
            await hooks.cleanup();
          } catch (error) {
            deps.log(`job ${jobId}: cleanup failed`, error);
          }
          running.delete(jobId);
          deps.events.emit(
            'job.finished',
            settled?.ok === true
              ? { jobId, ok: true, result: settled.result }
              : {
                  jobId,
                  ok: false,
                  error: settled?.error ?? toAppErrorData(new Error('worker exited')),
                },
          );
          resolve();
        })();
      });
    });

    running.set(jobId, {
      worker,
      done,
      cancel: () => {
        cancelled = true;
        worker.postMessage('cancel');
        setTimeout(() => void worker.terminate(), 2_000).unref();
      },
    });
    return jobId;
  };

  return {
    start,
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job) return false;
      job.cancel();
      return true;
    },
    async close() {
      const jobs = [...running.values()];
      for (const job of jobs) job.cancel();
      await Promise.all(jobs.map((job) => job.done));
    },
  };
};
