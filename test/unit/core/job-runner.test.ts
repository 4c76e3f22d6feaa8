import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/event-bus';
import { createJobRunner, type JobRunner } from '../../../src/main/core/jobs/job-runner';
import type { EventEnvelope, EventPayload } from '../../../src/shared/contract/events';

const STUB = fileURLToPath(new URL('../../support/core/stub-job-worker.mjs', import.meta.url));

let runner: JobRunner | undefined;
afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

const setUp = () => {
  const events = createEventBus(() => undefined);
  const ends: EventPayload<'job.finished'>[] = [];
  events.subscribe((event: EventEnvelope) => {
    if (event.name === 'job.finished') ends.push(event.payload as EventPayload<'job.finished'>);
  });
  runner = createJobRunner({ events, log: () => undefined, workerPath: STUB });
  const started = runner;
  /** Starts a stub job: its id, and its end event when it comes. */
  const launch = (
    behaviour: string,
    cleanup: () => Promise<void> = () => Promise.resolve(),
  ): { jobId: string; end: Promise<EventPayload<'job.finished'>> } => {
    const jobId = started.start(
      {
        kind: 'export',
        projectPath: '',
        nativeBinding: null,
        parcoursId: '',
        format: 'folder',
        previewSiteDir: null,
        moodle: '4.1',
        zip: false,
        path: behaviour,
        time: 0,
      },
      { cleanup },
    );
    const end = (async () => {
      for (let waited = 0; waited < 10_000; waited += 5) {
        const found = ends.find((e) => e.jobId === jobId);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`job ${behaviour} did not end`);
    })();
    return { jobId, end };
  };
  const run = (behaviour: string, cleanup?: () => Promise<void>) => launch(behaviour, cleanup).end;
  return { runner: started, run, launch };
};

/** The thread that ran an ended export (the stub's result path), or a failure. */
const threadOf = (end: EventPayload<'job.finished'>): string => {
  if (!end.ok || end.result.kind !== 'export') throw new Error('the job failed');
  return end.result.path;
};

describe('job runner', () => {
  it('runs jobs one after another in the same worker, the warmed one first', async () => {
    const { runner: jobs, run } = setUp();
    await jobs.warm();
    const first = threadOf(await run('ok'));
    expect(threadOf(await run('ok'))).toBe(first);
    expect(threadOf(await run('ok'))).toBe(first);
  });

  it('gives a job that comes while the worker is busy a worker of its own', async () => {
    const { run } = setUp();
    const [a, b] = await Promise.all([run('slow'), run('slow')]);
    expect(threadOf(a)).not.toBe(threadOf(b));
  });

  it('never reuses a worker that died while its job was being cleaned up', async () => {
    const { run } = setUp();
    const dying = await run(
      'crash-after-done',
      () => new Promise((resolve) => setTimeout(resolve, 300)),
    );
    const next = await run('ok');
    expect(next.ok).toBe(true);
    expect(threadOf(next)).not.toBe(threadOf(dying));
  });

  it('terminates a worker that does not hear its cancel, and runs the next job elsewhere', async () => {
    const { runner: jobs, run, launch } = setUp();
    const before = threadOf(await run('ok'));
    const deaf = launch('deaf');
    expect(jobs.cancel(deaf.jobId)).toBe(true);
    expect(jobs.cancel('no-such-job')).toBe(false);
    expect(await deaf.end).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const after = await run('ok');
    expect(after.ok).toBe(true);
    // The deaf job had the kept worker; it was terminated, so the next job has a new one.
    expect(threadOf(after)).not.toBe(before);
  });
});
