// A job worker that speaks the runner's protocol (job-protocol.ts) without doing any work, for
// the runner's own tests. An export request's `path` says what to do; the result's `path` is
// the worker's thread id, so a test can tell which worker ran a job.
import { parentPort, threadId } from 'node:worker_threads';

const exported = (jobId) => ({
  jobId,
  message: {
    type: 'exported',
    result: { kind: 'export', path: String(threadId), bytes: 0, report: { entries: [] } },
  },
});
const done = (jobId) => ({ jobId, message: { type: 'done' } });

parentPort.on('message', (message) => {
  if (message.type === 'warm') {
    parentPort.postMessage({ type: 'warmed' });
    return;
  }
  if (message.type !== 'run') return;
  const { jobId, request } = message;
  switch (request.path) {
    case 'ok':
      parentPort.postMessage(exported(jobId));
      parentPort.postMessage(done(jobId));
      return;
    case 'slow':
      setTimeout(() => {
        parentPort.postMessage(exported(jobId));
        parentPort.postMessage(done(jobId));
      }, 200);
      return;
    case 'crash-after-done':
      parentPort.postMessage(exported(jobId));
      parentPort.postMessage(done(jobId));
      setTimeout(() => {
        throw new Error('crashed after its job');
      }, 20);
      return;
    case 'deaf':
      // Never answers, not even a cancel: the runner must terminate it.
      return;
  }
});
