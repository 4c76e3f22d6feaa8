import { ArchiveError } from './archive-error';

/**
 * The first failure of a job wins and aborts `signal`, which every stream of the job listens
 * to, so one refusal stops all the work at once.
 */
export class FailureLatch {
  readonly #controller = new AbortController();
  #failure: ArchiveError | undefined;

  /** Aborted once the job has failed. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get failure(): ArchiveError | undefined {
    return this.#failure;
  }

  fail(error: ArchiveError): void {
    if (this.#failure !== undefined) return;
    this.#failure = error;
    this.#controller.abort(error);
  }

  throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Fails the job as 'cancelled' when the caller's `signal` aborts; returns the unlink. */
  follow(signal: AbortSignal | undefined): () => void {
    if (signal === undefined) return () => undefined;
    const cancel = () => {
      this.fail(new ArchiveError('cancelled', {}, { cause: signal.reason }));
    };
    if (signal.aborted) cancel();
    signal.addEventListener('abort', cancel, { once: true });
    return () => {
      signal.removeEventListener('abort', cancel);
    };
  }
}
