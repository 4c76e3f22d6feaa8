import type { AppErrorData } from '../../../shared/contract/app-error';
import type { EventPayload } from '../../../shared/contract/events';
import type { JobProgress, JobResult } from '../../../shared/domain/exchange';

type JobEvent =
  | { type: 'progress'; payload: JobProgress }
  | { type: 'finished'; payload: EventPayload<'job.finished'> };

/** Where an export or import started from a dialog stands. */
export type ExchangeJobState =
  | { stage: 'idle' }
  /** Asked the core; the job id is not known yet, so events are kept until it is. */
  | { stage: 'starting'; early: readonly JobEvent[]; cancelling: boolean }
  | { stage: 'running'; jobId: string; progress: JobProgress | null; cancelling: boolean }
  | { stage: 'succeeded'; result: JobResult }
  | { stage: 'failed'; error: AppErrorData };

export type ExchangeJobAction =
  | { type: 'start' }
  | { type: 'started'; jobId: string }
  | { type: 'startFailed'; error: AppErrorData }
  | JobEvent
  | { type: 'cancelRequested' }
  | { type: 'reset' };

export const idleJob: ExchangeJobState = { stage: 'idle' };

/** Events of other jobs (another window's) that may arrive while ours starts: a few at most. */
const MAX_EARLY_EVENTS = 50;

const applyEvent = (state: ExchangeJobState, event: JobEvent): ExchangeJobState => {
  if (state.stage === 'starting') {
    return { ...state, early: [...state.early, event].slice(-MAX_EARLY_EVENTS) };
  }
  if (state.stage !== 'running' || event.payload.jobId !== state.jobId) return state;
  if (event.type === 'progress') return { ...state, progress: event.payload };
  return event.payload.ok
    ? { stage: 'succeeded', result: event.payload.result }
    : { stage: 'failed', error: event.payload.error };
};

/**
 * The job's life as a reducer, so the order of the core's answers does not matter: a fast
 * job may send `job.progress` or even `job.finished` before `exchange.export` has returned
 * its id, and those events are replayed once the id is known. Events of other jobs are ignored.
 */
export const exchangeJobReducer = (
  state: ExchangeJobState,
  action: ExchangeJobAction,
): ExchangeJobState => {
  switch (action.type) {
    case 'start':
      return { stage: 'starting', early: [], cancelling: false };
    case 'started': {
      if (state.stage !== 'starting') return state;
      const running: ExchangeJobState = {
        stage: 'running',
        jobId: action.jobId,
        progress: null,
        cancelling: state.cancelling,
      };
      return state.early.reduce(applyEvent, running);
    }
    case 'startFailed':
      return state.stage === 'starting' ? { stage: 'failed', error: action.error } : state;
    case 'progress':
    case 'finished':
      return applyEvent(state, action);
    case 'cancelRequested':
      return state.stage === 'running' || state.stage === 'starting'
        ? { ...state, cancelling: true }
        : state;
    case 'reset':
      return idleJob;
  }
};
