import { useCallback, useEffect, useReducer, useRef } from 'react';
import { AppError } from '../../shared/contract/app-error';
import type { Client } from '../../shared/contract/create-client';
import { exchangeJobReducer, idleJob } from '../components/exchange/exchange-job-state';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';

/** Stops a job whose dialog is gone; nobody is left to show an error, and `not_found` only means it had ended. */
const cancelQuietly = (client: Client, jobId: string): void => {
  client.invoke('job.cancel', { jobId }).catch(() => undefined);
};

/**
 * One export or import job: `run` asks the core to start it (the caller says how), then
 * follows `job.progress` and `job.finished`; `cancel` asks the core to stop it. Listening
 * starts with the hook, before any job, so no event of ours can be missed. A job still
 * running when the hook's component goes away is cancelled (see `useExchangeClose`).
 */
export const useExchangeJob = () => {
  const client = useClient();
  const [state, dispatch] = useReducer(exchangeJobReducer, idleJob);
  const runningJob = useRef<string | null>(null);
  const unmounted = useRef(false);
  // Which start "Annuler" was pressed during, before the core gave the job's id.
  const startCount = useRef(0);
  const cancelledStart = useRef(-1);
  const jobId = state.stage === 'running' ? state.jobId : null;
  useEffect(() => {
    runningJob.current = jobId;
  }, [jobId]);

  useEffect(() => {
    const unsubscribers = [
      client.on('job.progress', (payload) => {
        dispatch({ type: 'progress', payload });
      }),
      client.on('job.finished', (payload) => {
        dispatch({ type: 'finished', payload });
      }),
    ];
    unmounted.current = false;
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      unmounted.current = true;
      if (runningJob.current !== null) cancelQuietly(client, runningJob.current);
    };
  }, [client]);

  const run = useCallback(
    async (start: () => Promise<{ jobId: string }>): Promise<void> => {
      dispatch({ type: 'start' });
      startCount.current += 1;
      const thisStart = startCount.current;
      try {
        const { jobId: started } = await start();
        // The dialog closed, or "Annuler" was pressed, before the core answered.
        if (unmounted.current || cancelledStart.current === thisStart)
          cancelQuietly(client, started);
        if (unmounted.current) return;
        dispatch({ type: 'started', jobId: started });
      } catch (error) {
        dispatch({ type: 'startFailed', error: toAppErrorData(error) });
      }
    },
    [client],
  );

  const cancel = useCallback(async (): Promise<void> => {
    dispatch({ type: 'cancelRequested' });
    // Asked before the core gave the id: `run` cancels as soon as it has it.
    if (jobId === null) {
      cancelledStart.current = startCount.current;
      return;
    }
    try {
      await client.invoke('job.cancel', { jobId });
    } catch (error) {
      // The job ended between the click and the request: its `job.finished` says how.
      if (error instanceof AppError && error.code === 'not_found') return;
      dispatch({
        type: 'finished',
        payload: { jobId, ok: false, error: toAppErrorData(error) },
      });
    }
  }, [client, jobId]);

  const reset = useCallback(() => {
    dispatch({ type: 'reset' });
  }, []);

  return { state, run, cancel, reset };
};
