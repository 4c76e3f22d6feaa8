import { AppError } from '../../shared/contract/app-error';
import type { Client } from '../../shared/contract/create-client';
import type { EventPayload } from '../../shared/contract/events';
import type { JobResult } from '../../shared/domain/exchange';
import type { CliIo } from './cli-io';

type Finished = EventPayload<'job.finished'>;

/**
 * Starts a job and waits for its end, printing each new phase on stderr. Events are listened
 * to before the job starts and kept until its id is known, so none can be missed.
 */
export const waitForJob = async (
  client: Client,
  io: CliIo,
  start: () => Promise<{ jobId: string }>,
): Promise<JobResult> => {
  const seen: Finished[] = [];
  let wanted: string | null = null;
  let lastPhase = '';
  let settle: ((event: Finished) => void) | null = null;
  const offEnd = client.on('job.finished', (event) => {
    if (wanted === event.jobId) settle?.(event);
    else if (wanted === null) seen.push(event);
  });
  const offProgress = client.on('job.progress', (event) => {
    if (event.jobId !== wanted || event.phase === lastPhase) return;
    lastPhase = event.phase;
    io.err(`${event.phase} / ${event.phaseEn}…\n`);
  });
  try {
    const finished = new Promise<Finished>((resolve) => {
      settle = resolve;
    });
    const { jobId } = await start();
    wanted = jobId;
    const early = seen.find((event) => event.jobId === jobId);
    const end = early ?? (await finished);
    if (!end.ok) {
      const { code, message, messageEn, details } = end.error;
      throw new AppError(code, message, messageEn, details);
    }
    return end.result;
  } finally {
    offEnd();
    offProgress();
  }
};
