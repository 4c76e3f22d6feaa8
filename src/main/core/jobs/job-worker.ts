import { parentPort } from 'node:worker_threads';
import { toAppErrorData } from './job-error';
import type { CoreMessage, JobControl, JobRequest, WorkerMessage } from './job-protocol';

/** Progress is posted at most this often; the last step of each phase always goes. */
const PROGRESS_INTERVAL_MS = 100;

const port = parentPort;
if (!port) throw new Error('job-worker.ts runs in a worker thread only');

/** Each job's cancel switch, while it runs. */
const running = new Map<string, AbortController>();

/**
 * The job modules and the formats they load on demand. Loading them (happy-dom, tiptap, the
 * codecs…) takes about half a second: a warmed worker has done it before its first job.
 */
const loadJobModules = () =>
  Promise.all([
    import('../exchange/run-export'),
    import('../exchange/run-import'),
    import('../../formats/mbz/read-mbz'),
    import('../../formats/mbz/write-mbz'),
    import('../../formats/mbz/modules/all-codecs'),
    import('../../formats/archive/write-tar-gz'),
  ]);

const runJob = async (jobId: string, request: JobRequest): Promise<void> => {
  const post = (message: WorkerMessage): void => {
    port.postMessage({ jobId, message });
  };
  const abort = new AbortController();
  running.set(jobId, abort);
  let lastPost = 0;
  const control: JobControl = {
    signal: abort.signal,
    progress(phase, phaseEn, done, total) {
      const now = Date.now();
      if (now - lastPost < PROGRESS_INTERVAL_MS && done !== total) return;
      lastPost = now;
      post({ type: 'progress', phase, phaseEn, done, total });
    },
    offerBlob(blob) {
      post({ type: 'blob', blob });
    },
  };
  try {
    // Loaded on demand when the worker was not warmed.
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
    running.delete(jobId);
    post({ type: 'done' });
  }
};

port.on('message', (message: CoreMessage) => {
  switch (message.type) {
    case 'run':
      void runJob(message.jobId, message.request);
      return;
    case 'cancel':
      running.get(message.jobId)?.abort();
      return;
    case 'warm':
      // A failure here shows again, with its job, when a job loads the same module.
      void loadJobModules()
        .catch(() => undefined)
        .then(() => {
          port.postMessage({ type: 'warmed' });
        });
  }
});
