import type { JobRunner } from '../jobs/job-runner';
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods';
import type { HostCapabilities } from '../host-capabilities';
import type { UploadStaging } from '../media/upload-staging';
import type { RecentProjects } from '../recent-projects';
import type { TemplateCatalog } from '../templates/template-catalog';
import type { Workspace } from '../workspace';

/** What every handler may use. */
export interface HandlerContext {
  workspace: Workspace;
  recent: RecentProjects;
  host: HostCapabilities;
  now: () => Date;
  appVersion: string;
  defaultProjectDir: string;
  /** The shipped gabarits. */
  templates: TemplateCatalog;
  /** Chunked media uploads in progress. */
  uploads: UploadStaging;
  /** The app's own folder (staging of imports lives in `staging/`). */
  dataDir: string;
  /** Exports and imports running in worker threads. */
  jobs: JobRunner;
  /** The SQLite binding workers must load (the host's ABI); Node's when null. */
  nativeBinding: string | null;
  /** The built preview site the review package inlines; null when the host has none. */
  previewSiteDir: string | null;
  /** Where handlers report what they kept but could not convert (and the core its bugs). */
  log: (message: string, error: unknown) => void;
}

/** A method's handler: receives the parsed input, returns the output (checked again after). */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  context: HandlerContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

/** One handler per method: a missing or mistyped one fails to compile. */
export type HandlerMap = { [M in MethodName]: Handler<M> };

/** The handlers of a few named methods, for groups split over several files. */
export type HandlerSet<M extends MethodName> = { [K in M]: Handler<K> };

/** The handlers of one method group (`project` → every `project.*` method). */
export type HandlerGroup<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};
