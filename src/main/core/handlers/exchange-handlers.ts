import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeImportedParcours } from '../exchange/write-imported-parcours';
import { createMediaPrestore } from '../media/prestore-media';
import { projectErrors } from '../project-errors';
import type { HandlerSet } from './handler-types';

/** The temporary siblings an archive writer stopped mid-way leaves (`<path>.<8 hex>.partial`). */
const removeStrayPartials = async (path: string): Promise<void> => {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => []);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && /^[0-9a-f]{8}\.partial$/.test(n.slice(prefix.length)))
      .map((n) => rm(join(dirname(path), n), { force: true })),
  );
};

/**
 * Whole-parcours export and import as jobs (see `jobs/job-runner.ts`). The backup's date is
 * the project's last edit, so exporting an unchanged parcours twice gives the same bytes.
 */
export const exchangeHandlers = {
  'exchange.export': (input, context) => {
    const session = context.workspace.require();
    if (!session.repos.parcours.get(input.parcoursId)) {
      throw projectErrors.notFound('parcours', input.parcoursId);
    }
    const path = resolve(input.path);
    const lastEdit = session.repos.journal.latestDone()?.createdAt ?? context.now().getTime();
    const jobId = context.jobs.start(
      {
        kind: 'export',
        projectPath: session.path,
        nativeBinding: context.nativeBinding,
        parcoursId: input.parcoursId,
        format: input.format,
        previewSiteDir: context.previewSiteDir,
        moodle: input.moodle,
        zip: input.zip,
        path,
        time: Math.floor(lastEdit / 1000),
      },
      // The archive writer removes its temporary file itself, unless the worker was terminated.
      { cleanup: () => removeStrayPartials(path) },
    );
    return { jobId };
  },
  'exchange.import': async (input, context) => {
    const session = context.workspace.require();
    const path = resolve(input.path);
    await stat(path).catch(() => {
      throw projectErrors.fileNotFound(path);
    });
    // DESIGN §4: a snapshot before a risky operation.
    await session.snapshot('before-import');
    if (context.workspace.current() !== session) throw projectErrors.noProject();
    const stagingDir = join(context.dataDir, 'staging', randomUUID());
    const isOpen = () => context.workspace.current() === session;
    const prestore = createMediaPrestore(session, isOpen, context.log);
    const jobId = context.jobs.start(
      { kind: 'import', path, stagingDir },
      {
        onBlob: (blob) => {
          prestore.offer(blob);
        },
        onImported: ({ document, stagedMedia, report }) => {
          prestore.stop();
          if (!isOpen()) throw projectErrors.noProject();
          const outcome = writeImportedParcours(session, document, stagedMedia, context.now());
          return {
            kind: 'import',
            parcoursId: outcome.parcoursId,
            title: outcome.title,
            shortName: outcome.shortName,
            replaced: outcome.replaced,
            report: { entries: [...report, ...outcome.notes] },
          };
        },
        cleanup: () => {
          prestore.release();
          return rm(stagingDir, { recursive: true, force: true });
        },
      },
    );
    return { jobId };
  },
  'job.cancel': (input, context) => {
    if (!context.jobs.cancel(input.jobId)) throw projectErrors.notFound('tâche', input.jobId);
    return null;
  },
} satisfies HandlerSet<'exchange.export' | 'exchange.import' | 'job.cancel'>;
