import type { AppErrorData } from '../../../shared/contract/app-error';
import type { ExchangeReportEntry, ExportFormat, JobResult } from '../../../shared/domain/exchange';
import type { ParcoursDocument, StagedMedia } from '../../formats/parcours-document';

/** What a worker is asked to do. Paths are absolute; the worker never writes the project. */
export type JobRequest =
  | {
      kind: 'export';
      projectPath: string;
      nativeBinding: string | null;
      parcoursId: string;
      format: ExportFormat;
      /** The built preview site (`out/preview`), for the review package; null when absent. */
      previewSiteDir: string | null;
      moodle: '4.1' | '4.5';
      zip: boolean;
      /** The final path; an archive is written next to it first and renamed when complete. */
      path: string;
      /** The backup's date (unix seconds): fixed by the caller, so output is reproducible. */
      time: number;
    }
  | {
      kind: 'import';
      path: string;
      /** An empty folder the worker may fill; the caller removes it afterwards. */
      stagingDir: string;
    };

/** Messages from the core to a worker. A worker runs any number of jobs, one after another. */
export type CoreMessage =
  | { type: 'run'; jobId: string; request: JobRequest }
  | { type: 'cancel'; jobId: string }
  /** Load the job modules now, so the next job does not wait for them. */
  | { type: 'warm' };

/** What an import worker hands back: the project is written by the core's thread. */
export interface ImportPayload {
  document: ParcoursDocument;
  stagedMedia: StagedMedia[];
  report: ExchangeReportEntry[];
}

/**
 * A file of an import's staging folder, complete and hashed, whose bytes may become a medium
 * (a backup's file pool): the core can store them while the worker goes on reading.
 */
export interface StagedBlob {
  path: string;
  sha256: string;
  sizeBytes: number;
}

/** Messages from a worker to the core. */
export type WorkerMessage =
  | { type: 'progress'; phase: string; phaseEn: string; done: number; total: number | null }
  | { type: 'blob'; blob: StagedBlob }
  | { type: 'exported'; result: Extract<JobResult, { kind: 'export' }> }
  | { type: 'imported'; payload: ImportPayload }
  | { type: 'failed'; error: AppErrorData }
  /** The job's last message: the worker is free again. */
  | { type: 'done' };

/** A worker's message about one job. */
export interface WorkerEnvelope {
  jobId: string;
  message: WorkerMessage;
}

/** What a job's code receives: a cancel signal and a progress callback. */
export interface JobControl {
  signal: AbortSignal;
  progress(phase: string, phaseEn: string, done: number, total: number | null): void;
  /** Hands the core bytes an import will probably need (see `StagedBlob`); optional. */
  offerBlob?(blob: StagedBlob): void;
}
