import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppErrorData } from '../../../shared/contract/app-error';
import type { JobResult } from '../../../shared/domain/exchange';
import type { EventBus } from '../event-bus';
import { cancelledError, toAppErrorData } from './job-error';
import type {
  CoreMessage,
  ImportPayload,
  JobRequest,
  StagedBlob,
  WorkerEnvelope,
  WorkerMessage,
} from './job-protocol';

/** The sources' worker: a bootstrap that registers tsx in the worker thread, then the job code. */
const SOURCE_WORKER = fileURLToPath(new URL('./job-worker-bootstrap.mjs', import.meta.url));

/** A cancelled job that has not stopped by then is ended by terminating its worker. */
const CANCEL_GRACE_MS = 2_000;

/** How a job ends on the core's thread: an import is written there, then staging is removed. */
export interface JobHooks {
  /** Writes an import's payload into the project (the single writer) and says what it did. */
  onImported?: (payload: ImportPayload) => JobResult | Promise<JobResult>;
  /** Bytes an import offers ahead of its payload (not called once the job is cancelled). */
  onBlob?: (blob: StagedBlob) => void;
  /** Always runs last, whatever happened (removes staging folders, partial files). */
  cleanup: () => Promise<void>;
}

export interface JobRunner {
  /** Runs `request` in a worker; returns the job id that progress and the end events carry. */
  start(request: JobRequest, hooks: JobHooks): string;
  /** Asks a job to stop (its worker is terminated if it does not within 2 s); false if unknown. */
  cancel(jobId: string): boolean;
  /**
   * Starts a worker that loads the job modules now (about half a second), so the next job
   * does not wait for them; resolves once it has. Does nothing when one is already idle.
   */
  warm(): Promise<void>;
  /** Stops every job (the project is closing, the app quitting) and waits for their cleanup. */
  close(): Promise<void>;
}

/** A message a worker posts outside any job. */
interface WarmedMessage {
  type: 'warmed';
}

interface Job {
  worker: Worker;
  /** Handles the job's messages; `done` and the worker's exit end it (once). */
  receive(message: WorkerMessage): void;
  crashed(error: unknown): void;
  cancel(): void;
  ended: Promise<void>;
}

/**
 * Long jobs (export, import) in worker threads, so the core keeps answering edits. Each job
 * reports `job.progress` events and ends with exactly one `job.finished`. Workers read the
 * project through their own read-only connection and never write it; an import's result is
 * written here, by the core's single writer.
 *
 * A worker runs one job at a time and outlives it: one idle worker is kept (unreferenced, so
 * it never holds a process open), its modules loaded and its code already compiled, for the
 * next job. A job that comes while it is busy gets a new worker; a worker that crashed or was
 * terminated is never reused.
 */
export const createJobRunner = (deps: {
  events: EventBus;
  log: (message: string, error: unknown) => void;
  /** The built app's bundled worker (`out/main/job-worker.js`); the sources' otherwise. */
  workerPath?: string | undefined;
}): JobRunner => {
  const jobs = new Map<string, Job>();
  /** Workers that exited (crashed, terminated): never given another job. */
  const exited = new WeakSet<Worker>();
  let idle: { worker: Worker; warmed: Promise<void> } | null = null;
  let closed = false;

  const send = (worker: Worker, message: CoreMessage): void => {
    worker.postMessage(message);
  };

  const spawn = (): { worker: Worker; warmed: Promise<void> } => {
    const worker = new Worker(deps.workerPath ?? SOURCE_WORKER);
    let onWarmed: () => void = () => undefined;
    const warmed = new Promise<void>((resolve) => (onWarmed = resolve));
    worker.on('message', (message: WorkerEnvelope | WarmedMessage) => {
      if ('type' in message) onWarmed();
      else jobs.get(message.jobId)?.receive(message.message);
    });
    worker.on('error', (error) => {
      for (const job of jobs.values()) if (job.worker === worker) job.crashed(error);
    });
    worker.once('exit', () => {
      exited.add(worker);
      onWarmed();
      if (idle?.worker === worker) idle = null;
      for (const job of jobs.values())
        if (job.worker === worker) job.crashed(new Error('worker exited'));
    });
    return { worker, warmed };
  };

  /** A job's worker is free again: kept as the idle one, or ended. */
  const release = (worker: Worker): void => {
    if (exited.has(worker)) return;
    if (closed || idle) {
      void worker.terminate();
      return;
    }
    worker.unref();
    idle = { worker, warmed: Promise.resolve() };
  };

  const start = (request: JobRequest, hooks: JobHooks): string => {
    if (closed) throw new Error('the job runner is closed');
    const jobId = randomUUID();
    const { worker } = idle ?? spawn();
    idle = null;
    worker.ref();
    let cancelled = false;
    let finished = false;
    let settled: { ok: true; result: JobResult } | { ok: false; error: AppErrorData } | null = null;
    let pending: Promise<void> = Promise.resolve();
    let onEnded: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (onEnded = resolve));
    const fail = (error: AppErrorData): void => {
      settled ??= { ok: false, error };
    };

    /** Ends the job once: waits for the import's write, cleans up, announces the result. */
    const finish = (reusable: boolean): void => {
      if (finished) return;
      finished = true;
      void (async () => {
        await pending;
        if (cancelled && settled?.ok !== true)
          settled = { ok: false, error: cancelledError().toData() };
        try {
          await hooks.cleanup();
        } catch (error) {
          deps.log(`job ${jobId}: cleanup failed`, error);
        }
        jobs.delete(jobId);
        if (reusable) release(worker);
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
        onEnded();
      })();
    };

    jobs.set(jobId, {
      worker,
      ended,
      receive(message) {
        // A crash may be reported before messages the worker posted earlier: they are late.
        if (finished) return;
        switch (message.type) {
          case 'progress':
            if (!cancelled) {
              const { phase, phaseEn, done, total } = message;
              deps.events.emit('job.progress', { jobId, phase, phaseEn, done, total });
            }
            return;
          case 'blob':
            if (!cancelled) hooks.onBlob?.(message.blob);
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
            return;
          case 'done':
            finish(true);
        }
      },
      crashed(error) {
        if (finished) return;
        deps.log(`job ${jobId} crashed`, error);
        fail(toAppErrorData(error, cancelled));
        void worker.terminate();
        finish(false);
      },
      cancel() {
        if (finished) return;
        cancelled = true;
        send(worker, { type: 'cancel', jobId });
        setTimeout(() => {
          if (!finished) void worker.terminate();
        }, CANCEL_GRACE_MS).unref();
      },
    });
    send(worker, { type: 'run', jobId, request });
    return jobId;
  };

  return {
    start,
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return false;
      job.cancel();
      return true;
    },
    warm() {
      if (closed) return Promise.resolve();
      if (idle) return idle.warmed;
      const fresh = spawn();
      send(fresh.worker, { type: 'warm' });
      idle = fresh;
      // Held referenced while it loads (someone may be waiting for it), then let go.
      void fresh.warmed.then(() => {
        if (idle === fresh) fresh.worker.unref();
      });
      return fresh.warmed;
    },
    async close() {
      closed = true;
      const running = [...jobs.values()];
      for (const job of running) job.cancel();
      await Promise.all(running.map((job) => job.ended));
      const spare = idle;
      idle = null;
      await spare?.worker.terminate();
    },
  };
};
