/**
 * The timed steps of P5 and P6, each on fresh output: Atelier's export and import work as the
 * job worker and the core's thread do it (in this process, no worker), and the system `tar`
 * baselines.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEventBus } from '../src/main/core/event-bus';
import { runExport } from '../src/main/core/exchange/run-export';
import { runImport } from '../src/main/core/exchange/run-import';
import { writeImportedParcours } from '../src/main/core/exchange/write-imported-parcours';
import type { JobControl } from '../src/main/core/jobs/job-protocol';
import { createProjectFile } from '../src/main/core/open-project-session';
import type { ExportProject } from './exchange-project';

const control = (): JobControl => ({
  signal: new AbortController().signal,
  progress: () => undefined,
});

/** Milliseconds `tar args` took (spawned, same machine), or an error if it failed. */
export const timeTar = async (args: readonly string[]): Promise<number> => {
  const started = performance.now();
  const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`tar ${args.join(' ')} failed (${String(code)}): ${stderr}`);
  return ms;
};

/** P5, Atelier: `runExport` of the parcours to a .mbz at `out` (Moodle 4.5, tar.gz). */
export const timeExport = async (project: ExportProject, out: string): Promise<number> => {
  rmSync(out, { force: true });
  const started = performance.now();
  await runExport(
    {
      kind: 'export',
      projectPath: project.path,
      nativeBinding: null,
      parcoursId: project.parcoursId,
      format: 'mbz',
      previewSiteDir: null,
      moodle: '4.5',
      zip: false,
      path: out,
      time: 1_767_225_600,
    },
    control(),
  );
  return performance.now() - started;
};

/** P5, baseline: `tar -czf` of the tree the .mbz holds. */
export const timeTarCreate = async (tree: string, out: string): Promise<number> => {
  rmSync(out, { force: true });
  return timeTar(['-czf', out, '-C', tree, '.']);
};

export interface ImportRun {
  ms: number;
  media: number;
  mediaBytes: number;
}

const noLog = (): void => undefined;

/**
 * P6, Atelier: `runImport` (safe extraction into a fresh staging folder, `readMbz`, hashing)
 * then `writeImportedParcours` into a fresh, empty project (created before the clock starts).
 */
export const timeImport = async (backup: string, work: string): Promise<ImportRun> => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const session = await createProjectFile(join(work, 'import.atelier'), 'Import (bench P6)', {
    now: () => new Date(),
    events: createEventBus(noLog),
    snapshotIntervalMinutes: 0,
    log: noLog,
  });
  try {
    const started = performance.now();
    const payload = await runImport(
      { kind: 'import', path: backup, stagingDir: join(work, 'staging') },
      control(),
    );
    writeImportedParcours(session, payload.document, payload.stagedMedia, new Date());
    const ms = performance.now() - started;
    return {
      ms,
      media: payload.stagedMedia.length,
      mediaBytes: payload.stagedMedia.reduce((sum, s) => sum + s.media.sizeBytes, 0),
    };
  } finally {
    await session.close();
    rmSync(work, { recursive: true, force: true });
  }
};

/** P6, baseline: `tar -xzf` of the backup into a fresh folder. */
export const timeTarExtract = async (backup: string, work: string): Promise<number> => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    return await timeTar(['-xzf', backup, '-C', work]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};
