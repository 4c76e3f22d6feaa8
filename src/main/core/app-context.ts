import { mkdirSync } from 'node:fs';
import type { AppContext } from './app-context-api';
import { createDispatcher } from './dispatcher';
import { createEventBus } from './event-bus';
import { allHandlers } from './handlers/all-handlers';
import type { AppContextOptions } from './host-capabilities';
import { readMedia } from './media/read-media';
import { createUploadStaging } from './media/upload-staging';
import { createRecentProjects } from './recent-projects';
import { createTemplateCatalog } from './templates/template-catalog';
import { createJobRunner } from './jobs/job-runner';
import { createWorkspace } from './workspace';

const defaultLog = (message: string, error: unknown): void => {
  console.error(`[atelier core] ${message}`, error);
};

/**
 * Builds the whole core for one host: a workspace that owns at most one open project, the
 * dispatcher every transport calls, and the event bus they subscribe to.
 */
export const createAppContext = (options: AppContextOptions): AppContext => {
  const log = options.log ?? defaultLog;
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const events = createEventBus(log);
  const recent = createRecentProjects(options.dataDir, now, log);
  const workspace = createWorkspace({
    now,
    events,
    recent,
    log,
    snapshotIntervalMinutes: options.snapshotIntervalMinutes ?? 10,
    nativeBinding: options.nativeBinding,
  });
  const uploads = createUploadStaging();
  const jobs = createJobRunner({ events, log, workerPath: options.jobWorkerPath });
  const warmed = options.warmJobWorker ? jobs.warm() : Promise.resolve();
  const dispatch = createDispatcher(
    allHandlers,
    {
      workspace,
      recent,
      host: options.host ?? {},
      now,
      appVersion: options.appVersion ?? '0.0.0',
      defaultProjectDir: options.defaultProjectDir,
      templates: createTemplateCatalog(options.templatesDir, log),
      uploads,
      dataDir: options.dataDir,
      jobs,
      nativeBinding: options.nativeBinding ?? null,
      previewSiteDir: options.previewSiteDir ?? null,
      log,
    },
    log,
  );
  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    readMedia: (id, range) => {
      const session = workspace.current();
      return Promise.resolve(session ? readMedia(session.repos.media, id, range) : null);
    },
    readMediaThumbnail: (id) =>
      Promise.resolve(workspace.current()?.repos.media.thumbnail(id) ?? null),
    jobWorkerWarmed: () => warmed,
    async close() {
      uploads.cancelAll();
      await jobs.close();
      await workspace.close();
    },
  };
};
