import { parentPort, workerData } from 'node:worker_threads';
import { toAppErrorData } from './job-error';
import type { JobControl, JobRequest, WorkerMessage } from './job-protocol';

/** Progress is posted at most this often; the last step of each phase always goes. */
const PROGRESS_INTERVAL_MS = 100;

const port = parentPort;
if (!port) throw new Error('job-worker.ts runs in a worker thread only');
const post = (message: WorkerMessage): void => {
  port.postMessage(message);
};

const abort = new AbortController();
port.on('message', (message: unknown) => {
  if (message === 'cancel') abort.abort();
});

let lastPost = 0;
const control: JobControl = {
  signal: abort.signal,
  progress(phase, phaseEn, done, total) {
    const now = Date.now();
    if (now - lastPost < PROGRESS_INTERVAL_MS && done !== total) return;
    lastPost = now;
    post({ type: 'progress', phase, phaseEn, done, total });
  },
};

const request = (workerData as { request: JobRequest }).request;
try {
  // Loaded on demand: a worker pays only for the formats its job uses.
  if (request.kind === 'export') {
    const { runExport } = await import('../exchange/run-export');
    post({ type: 'exported', result: await runExport(request, control) });
  } else {
    const { runImport } = await import('../exchange/run-import');
    post({ type: 'imported', payload: await runImport(request, control) });
  }
} catch (error) {
  post({ type: 'failed', error: toAppErrorData(error, abort.signal.aborted) });
} finally {
  port.close();
}
