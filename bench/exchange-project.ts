/**
 * P5's input: a project holding the shipped 9-hour gabarit (`parcours-hybride-9h`) as a
 * parcours, with five `file` activities (one per section, round robin) whose media are the
 * bench's 50 MiB (see exchange-media.ts), all built through the dispatcher.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppContext } from '../src/main/core/app-context';
import { createInProcessTransport } from '../src/main/core/in-process-transport';
import { createClient } from '../src/shared/contract/create-client';
import type { BenchMedium } from './exchange-media';

export const TEMPLATES_DIR = resolve(import.meta.dirname, '..', 'resources', 'templates');

/**
 * A core on `work` (data folder inside), as the CLI builds it, with the shipped gabarits; its
 * jobs run in `jobWorkerPath` (the built worker) or, without it, in the sources' worker, one
 * started and warmed at once when `warmJobWorker` (as the studio's hosts do).
 */
export const benchCore = (
  work: string,
  jobWorkerPath?: string,
  warmJobWorker = false,
  previewSiteDir?: string,
) => {
  const context = createAppContext({
    jobWorkerPath,
    warmJobWorker,
    previewSiteDir,
    dataDir: join(work, 'data'),
    defaultProjectDir: work,
    snapshotIntervalMinutes: 0,
    log: () => undefined,
    templatesDir: TEMPLATES_DIR,
  });
  const transport = createInProcessTransport(context);
  return { context, client: createClient(transport) };
};

export interface ExportProject {
  path: string;
  parcoursId: string;
}

const build = async (path: string, media: readonly BenchMedium[]): Promise<string> => {
  const work = mkdtempSync(join(tmpdir(), 'atelier-bench-p5-'));
  const { context, client } = benchCore(work);
  try {
    await client.invoke('project.create', { path, title: 'Export de référence (bench P5)' });
    const parcours = await client.invoke('parcours.createFromTemplate', {
      templateId: 'parcours-hybride-9h',
      source: 'shipped',
    });
    const outline = await client.invoke('parcours.outline', { id: parcours.id });
    for (const [i, medium] of media.entries()) {
      const section = outline.sections[i % outline.sections.length];
      if (!section) throw new Error('the 9-hour gabarit has no section');
      const imported = await client.invoke('media.importFile', { path: medium.path });
      const activity = await client.invoke('activity.create', {
        sectionId: section.id,
        type: 'file',
        title: medium.mime.startsWith('video/') ? 'Vidéo de la séance' : `Fiche ${String(i)}`,
      });
      await client.invoke('activity.update', {
        id: activity.id,
        patch: { mediaId: imported.id, estimatedMinutes: 15 },
      });
    }
    return parcours.id;
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

/** The cached P5 project at `path` (built when missing); its parcours id is read back. */
export const exportProject = async (
  path: string,
  media: readonly BenchMedium[],
): Promise<ExportProject> => {
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    rmSync(partial, { force: true });
    await build(partial, media);
    renameSync(partial, path);
    rmSync(`${partial}.snapshots`, { recursive: true, force: true });
  }
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare('SELECT id FROM parcours ORDER BY position LIMIT 1').get() as
      { id: string } | undefined;
    if (!row) throw new Error(`${path} holds no parcours`);
    return { path, parcoursId: row.id };
  } finally {
    db.close();
  }
};
