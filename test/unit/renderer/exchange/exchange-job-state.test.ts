import { describe, expect, it } from 'vitest';
import {
  type ExchangeJobAction,
  type ExchangeJobState,
  exchangeJobReducer,
  idleJob,
} from '../../../../src/renderer/components/exchange/exchange-job-state';

const run = (...actions: ExchangeJobAction[]): ExchangeJobState =>
  actions.reduce(exchangeJobReducer, idleJob);

const progress = (jobId: string, done: number, total: number | null = 10): ExchangeJobAction => ({
  type: 'progress',
  payload: { jobId, phase: 'Écriture', phaseEn: 'Writing', done, total },
});
const report = { entries: [] };
const exported: ExchangeJobAction = {
  type: 'finished',
  payload: {
    jobId: 'a',
    ok: true,
    result: { kind: 'export', path: '/tmp/p.mbz', bytes: 10, report },
  },
};

describe('exchangeJobReducer (one export or import followed from its dialog)', () => {
  it('follows its own job from start to result', () => {
    const state = run({ type: 'start' }, { type: 'started', jobId: 'a' }, progress('a', 3));
    expect(state).toMatchObject({ stage: 'running', jobId: 'a', progress: { done: 3 } });
    expect(exchangeJobReducer(state, exported)).toEqual({
      stage: 'succeeded',
      result: { kind: 'export', path: '/tmp/p.mbz', bytes: 10, report },
    });
  });

  it('ignores the events of other jobs (another window exporting)', () => {
    const state = run({ type: 'start' }, { type: 'started', jobId: 'b' }, progress('a', 3));
    expect(state).toMatchObject({ stage: 'running', progress: null });
    expect(exchangeJobReducer(state, exported)).toBe(state);
  });

  it('replays events that arrived before the job id (a fast job)', () => {
    const state = run({ type: 'start' }, progress('x', 1), progress('a', 5), exported, {
      type: 'started',
      jobId: 'a',
    });
    expect(state.stage).toBe('succeeded');
  });

  it('keeps only the progress of its own job among the early events', () => {
    const state = run({ type: 'start' }, progress('a', 2), progress('x', 9), {
      type: 'started',
      jobId: 'a',
    });
    expect(state).toMatchObject({ stage: 'running', progress: { done: 2 } });
  });

  it('bounds the events kept while starting', () => {
    const many = Array.from({ length: 500 }, (_, index) => progress('x', index));
    const state = run({ type: 'start' }, ...many);
    expect(state.stage === 'starting' && state.early.length).toBe(50);
  });

  it('shows a refused start and a cancelled job as failures, with their error', () => {
    const error = { code: 'no_project' as const, message: 'Aucun projet', messageEn: 'No project' };
    expect(run({ type: 'start' }, { type: 'startFailed', error })).toEqual({
      stage: 'failed',
      error,
    });
    const cancelled = run(
      { type: 'start' },
      { type: 'started', jobId: 'a' },
      { type: 'cancelRequested' },
      {
        type: 'finished',
        payload: {
          jobId: 'a',
          ok: false,
          error: { code: 'cancelled', message: 'Opération annulée.', messageEn: 'Cancelled.' },
        },
      },
    );
    expect(cancelled).toMatchObject({ stage: 'failed', error: { code: 'cancelled' } });
  });

  it('keeps a cancel asked before the job id, so the job starts as cancelling', () => {
    const state = run(
      { type: 'start' },
      { type: 'cancelRequested' },
      { type: 'started', jobId: 'a' },
    );
    expect(state).toMatchObject({ stage: 'running', jobId: 'a', cancelling: true });
  });

  it('marks a cancel request only while a job is on, and goes back to the form on reset', () => {
    expect(run({ type: 'cancelRequested' })).toBe(idleJob);
    expect(
      run({ type: 'start' }, { type: 'started', jobId: 'a' }, { type: 'cancelRequested' }),
    ).toMatchObject({ cancelling: true });
    expect(run({ type: 'start' }, { type: 'started', jobId: 'a' }, { type: 'reset' })).toBe(
      idleJob,
    );
  });
});
