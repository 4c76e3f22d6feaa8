/**
 * Builds the reference large project of QUALITY.md through the dispatcher (every write is a
 * real, acknowledged edit): 50 parcours, 5,000 activities with realistic rich text (the
 * biggest parcours holds 500), 50 MB of media imported with `media.importFile`.
 * Usage: `npx tsx bench/generate-large-project.ts OUT.atelier [--media-mb 50]`.
 * The question bank has no contract method yet: the 200 questions are not generated.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppContext } from '../src/main/core/app-context';
import { createInProcessTransport } from '../src/main/core/in-process-transport';
import { createClient, type Client } from '../src/shared/contract/create-client';
import { createRandom, realisticPage } from './large-project-content';

/** Bump when what the generator writes changes: `bench/run.ts` caches its output by it. */
export const GENERATOR_VERSION = 2;

const PARCOURS = 50;
const ACTIVITIES = 5_000;
const BIGGEST = 500;
const SECTIONS = 10;

const writeMediaFile = (path: string, bytes: number, seed: number): void => {
  const fd = openSync(path, 'w');
  const block = randomBytes(1024 * 1024);
  block.writeUInt32BE(24, 0);
  block.write('ftypisom', 4, 'latin1');
  block[100] = seed;
  for (let at = 0; at < bytes; at += block.length) {
    writeSync(fd, block, 0, Math.min(block.length, bytes - at));
    block[101] = (block[101] ?? 0) + 1;
  }
  closeSync(fd);
};

const addParcours = async (
  client: Client,
  index: number,
  activities: number,
  random: () => number,
) => {
  const p = await client.invoke('parcours.create', {
    title: `Parcours ${String(index + 1)} — ${index === 0 ? 'le plus grand' : 'formation hybride'}`,
    shortName: `BENCH-${String(index + 1).padStart(2, '0')}`,
    declaredHours: 9,
  });
  for (let s = 0; s < SECTIONS; s += 1) {
    const section = await client.invoke('section.create', {
      parcoursId: p.id,
      title: `Étape ${String(s + 1)}`,
    });
    const count = Math.floor(activities / SECTIONS) + (s < activities % SECTIONS ? 1 : 0);
    for (let a = 0; a < count; a += 1) {
      const type = a % 5 === 4 ? 'forum' : a % 3 === 0 ? 'label' : 'page';
      const activity = await client.invoke('activity.create', {
        sectionId: section.id,
        type,
        title: `Activité ${String(s + 1)}.${String(a + 1)}`,
      });
      await client.invoke('activity.update', {
        id: activity.id,
        patch: {
          estimatedMinutes: 5 + Math.floor(random() * 40),
          ...(type === 'forum'
            ? { intro: realisticPage(random) }
            : { content: realisticPage(random) }),
        },
      });
    }
  }
};

/** Writes the large project to `path` (must not exist). */
export const generateLargeProject = async (path: string, mediaMb = 50): Promise<void> => {
  const work = mkdtempSync(join(tmpdir(), 'atelier-bench-gen-'));
  const context = createAppContext({
    dataDir: join(work, 'data'),
    defaultProjectDir: work,
    snapshotIntervalMinutes: 0,
  });
  const client = createClient(createInProcessTransport(context));
  try {
    await client.invoke('project.create', { path, title: 'Projet de référence (bench)' });
    const random = createRandom(42);
    const rest = ACTIVITIES - BIGGEST;
    for (let i = 0; i < PARCOURS; i += 1) {
      const share =
        i === 0
          ? BIGGEST
          : Math.floor(rest / (PARCOURS - 1)) + (i - 1 < rest % (PARCOURS - 1) ? 1 : 0);
      await addParcours(client, i, share, random);
    }
    const files = 10;
    for (let f = 0; f < files; f += 1) {
      const file = join(work, `video-${String(f)}.mp4`);
      writeMediaFile(file, Math.floor((mediaMb * 1024 * 1024) / files), f);
      await client.invoke('media.importFile', { path: file });
      rmSync(file);
    }
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

if (process.argv[1]?.endsWith('generate-large-project.ts')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'media-mb': { type: 'string', default: '50' } },
  });
  const [out] = positionals;
  if (out === undefined) {
    process.stderr.write(
      'Usage: npx tsx bench/generate-large-project.ts OUT.atelier [--media-mb 50]\n',
    );
    process.exit(2);
  }
  const started = Date.now();
  await generateLargeProject(resolve(out), Number(values['media-mb']));
  process.stdout.write(
    `wrote ${resolve(out)} in ${String(Math.round((Date.now() - started) / 1000))} s\n`,
  );
}
