import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/shared/contract/create-client';
import type { EventPayload } from '../../src/shared/contract/events';
import Database from 'better-sqlite3';
import { MEDIA_CHUNK_BYTES } from '../../src/shared/domain/media';
import { startCore, type CoreHarness } from '../support/core/core-harness';
import { REFERENCE_MOODLE_DIR } from '../support/hostile-archives/reference-backups';

let cores: CoreHarness[] = [];
afterEach(async () => {
  await Promise.all(cores.map((c) => c.dispose()));
  cores = [];
});

const openProject = async (options: { warmJobWorker?: boolean } = {}): Promise<CoreHarness> => {
  const core = startCore(options);
  cores.push(core);
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
  return core;
};

/** Starts a job and resolves with its `job.finished` event. */
const finished = async (
  client: Client,
  start: () => Promise<{ jobId: string }>,
): Promise<EventPayload<'job.finished'>> => {
  const ends: EventPayload<'job.finished'>[] = [];
  const off = client.on('job.finished', (event) => ends.push(event));
  try {
    const { jobId } = await start();
    for (let waited = 0; waited < 60_000; waited += 20) {
      const end = ends.find((e) => e.jobId === jobId);
      if (end) return end;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`job ${jobId} did not finish in 60 s`);
  } finally {
    off();
  }
};

/** What a reader sees of a parcours: titles and types, in order. */
const shape = async (client: Client, parcoursId: string) => {
  const outline = await client.invoke('parcours.outline', { id: parcoursId });
  return {
    title: outline.parcours.title,
    shortName: outline.parcours.shortName,
    declaredHours: outline.parcours.declaredHours,
    sections: outline.sections.map((s) => ({
      title: s.title,
      modality: s.modality,
      activities: s.activities.map((a) => [a.type, a.title, a.estimatedMinutes]),
    })),
  };
};

describe('parcours folder through the job runner', () => {
  it('exports a gabarit parcours to a folder and imports it into another project unchanged', async () => {
    const a = await openProject();
    const parcours = await a.client.invoke('parcours.createFromTemplate', {
      templateId: 'parcours-hybride-9h',
      source: 'shipped',
    });
    const dir = join(a.dir, 'dossier');
    const end = await finished(a.client, () =>
      a.client.invoke('exchange.export', { parcoursId: parcours.id, format: 'folder', path: dir }),
    );
    expect(end).toMatchObject({ ok: true, result: { kind: 'export', path: dir } });
    expect(existsSync(join(dir, 'parcours.json'))).toBe(true);
    expect(readdirSync(join(dir, 'sections')).length).toBeGreaterThan(3);
    expect(a.events.some((e) => e.name === 'job.progress')).toBe(true);

    const b = await openProject();
    const imported = await finished(b.client, () =>
      b.client.invoke('exchange.import', { path: dir }),
    );
    expect(imported).toMatchObject({ ok: true, result: { kind: 'import', replaced: false } });
    expect(await shape(b.client, parcours.id)).toEqual(await shape(a.client, parcours.id));
    // The import is one undo step.
    await b.client.invoke('history.undo', {});
    expect((await b.client.invoke('project.current', {}))?.parcours).toHaveLength(0);
  });

  it('re-importing a folder into the project it came from updates the parcours in place', async () => {
    const a = await openProject();
    const parcours = await a.client.invoke('parcours.createFromTemplate', {
      templateId: 'autoformation-3h',
      source: 'shipped',
    });
    const dir = join(a.dir, 'dossier');
    await finished(a.client, () =>
      a.client.invoke('exchange.export', { parcoursId: parcours.id, format: 'folder', path: dir }),
    );
    // A teammate renames the parcours in the folder (Git pull).
    const file = join(dir, 'parcours.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(parcours.title, 'Titre revu'));
    const end = await finished(a.client, () => a.client.invoke('exchange.import', { path: dir }));
    expect(end).toMatchObject({ ok: true, result: { replaced: true, title: 'Titre revu' } });
    const project = await a.client.invoke('project.current', {});
    expect(project?.parcours.map((p) => p.title)).toEqual(['Titre revu']);
  });
});

describe('job failures', () => {
  it('refuses a file that is no backup with a French message, and changes nothing', async () => {
    const a = await openProject();
    const bogus = join(a.dir, 'cours.mbz');
    writeFileSync(bogus, randomBytes(4096));
    const end = await finished(a.client, () => a.client.invoke('exchange.import', { path: bogus }));
    expect(end.ok).toBe(false);
    if (end.ok) return;
    expect(end.error.code).toBe('invalid_file');
    expect(end.error.message).toMatch(/sauvegarde|archive/i);
    expect((await a.client.invoke('project.current', {}))?.parcours).toHaveLength(0);
    // Nothing stays in the staging area.
    const staging = join(a.dir, 'data', 'staging');
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
  });

  it('a cancelled export leaves no partial file', async () => {
    const a = await openProject();
    const parcours = await a.client.invoke('parcours.createFromTemplate', {
      templateId: 'autoformation-3h',
      source: 'shipped',
    });
    const big = join(a.dir, 'video.bin');
    writeFileSync(big, randomBytes(64 * 1024 * 1024));
    const media = await a.client.invoke('media.importFile', { path: big });
    const outline = await a.client.invoke('parcours.outline', { id: parcours.id });
    const section = outline.sections[0];
    if (!section) throw new Error('the gabarit has sections');
    const created = await a.client.invoke('activity.create', {
      sectionId: section.id,
      type: 'file',
      title: 'Vidéo',
      index: 0,
    });
    await a.client.invoke('activity.update', { id: created.id, patch: { mediaId: media.id } });
    const out = join(a.dir, 'cours.mbz');
    const end = await finished(a.client, async () => {
      const started = await a.client.invoke('exchange.export', {
        parcoursId: parcours.id,
        format: 'mbz',
        path: out,
      });
      await a.client.invoke('job.cancel', started);
      return started;
    });
    expect(end).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(a.dir).filter((n) => n.startsWith('cours.mbz'))).toEqual([]);
  });
});

describe('the job workers', () => {
  const exportFolder = (core: CoreHarness, parcoursId: string, name: string) =>
    finished(core.client, () =>
      core.client.invoke('exchange.export', {
        parcoursId,
        format: 'folder',
        path: join(core.dir, name),
      }),
    );

  it('run jobs one after another in the kept worker, several at once, and after a cancelled one', async () => {
    const a = await openProject({ warmJobWorker: true });
    await a.context.jobWorkerWarmed();
    const { id } = await a.client.invoke('parcours.createFromTemplate', {
      templateId: 'autoformation-3h',
      source: 'shipped',
    });
    for (const name of ['un', 'deux', 'trois'])
      expect(await exportFolder(a, id, name)).toMatchObject({ ok: true });
    const together = await Promise.all(['a', 'b', 'c'].map((n) => exportFolder(a, id, n)));
    expect(together.map((end) => end.ok)).toEqual([true, true, true]);
    const cancelled = await finished(a.client, async () => {
      const started = await a.client.invoke('exchange.export', {
        parcoursId: id,
        format: 'folder',
        path: join(a.dir, 'annulé'),
      });
      await a.client.invoke('job.cancel', started);
      return started;
    });
    // A small export may end before the cancel reaches it; otherwise it ends as cancelled.
    if (!cancelled.ok) expect(cancelled.error.code).toBe('cancelled');
    expect(await exportFolder(a, id, 'après')).toMatchObject({ ok: true });
    for (const name of ['un', 'deux', 'trois', 'a', 'b', 'c', 'après'])
      expect(readFileSync(join(a.dir, name, 'parcours.json'), 'utf8')).toBe(
        readFileSync(join(a.dir, 'un', 'parcours.json'), 'utf8'),
      );
  });

  const reference = join(REFERENCE_MOODLE_DIR, 'mbz', 'ref-parcours-4.5-course-nousers.mbz');
  it.skipIf(!existsSync(reference))(
    'import a Moodle backup with its media stored while it is read, and no stray bytes',
    async () => {
      const a = await openProject({ warmJobWorker: true });
      const db = new Database(join(a.dir, 'p.atelier'), { readonly: true });
      // Bytes stored while no medium exists yet: the core wrote them ahead of the payload.
      const ahead = db.prepare(
        'SELECT (SELECT COUNT(*) FROM media_chunks) AS chunks, (SELECT COUNT(*) FROM media) AS media',
      );
      let storedAhead = false;
      const watch = setInterval(() => {
        const { chunks, media } = ahead.get() as { chunks: number; media: number };
        if (chunks > 0 && media === 0) storedAhead = true;
      }, 1);
      const end = await finished(a.client, () =>
        a.client.invoke('exchange.import', { path: reference }),
      ).finally(() => {
        clearInterval(watch);
      });
      expect(end).toMatchObject({ ok: true });
      expect(storedAhead).toBe(true);
      try {
        const media = db.prepare('SELECT id, size FROM media').all() as {
          id: string;
          size: number;
        }[];
        expect(media.length).toBeGreaterThan(0);
        for (const medium of media) {
          const stored = db
            .prepare(
              'SELECT COUNT(*) AS n, SUM(length(data)) AS bytes FROM media_chunks WHERE media_id = ?',
            )
            .get(medium.id) as { n: number; bytes: number };
          expect(stored).toEqual({
            n: Math.ceil(medium.size / MEDIA_CHUNK_BYTES),
            bytes: medium.size,
          });
        }
        const stray = db
          .prepare('SELECT DISTINCT media_id FROM media_chunks EXCEPT SELECT id FROM media')
          .all();
        expect(stray).toEqual([]);
      } finally {
        db.close();
      }
    },
  );
});
