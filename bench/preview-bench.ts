/**
 * QUALITY.md P7, as the studio and the CLI run it, on the shipped 9-hour gabarit with five
 * illustrations (200 KiB each) in its pages:
 * - preview: `preview.model` through the core (what the studio asks after every edit), for the
 *   whole parcours — an upper bound of one activity's preview;
 * - package: `exchange.export --format review` to its `job.finished`, in the built app's job
 *   worker (warmed first, as the studio has it), the site from the built `out/preview`.
 * Usage: `npx tsx bench/preview-bench.ts` prints the entry; `bench/run.ts` records it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtCopy } from './built-app';
import { timeJob } from './exchange-end-to-end';
import { benchCore } from './exchange-project';
import { median, p95, round } from './stats';

const MODEL_RUNS = 15;
const PACKAGE_RUNS = 5;
const IMAGES = 5;

/** A PNG header and 200 KiB of noise: big enough to weigh, sniffed as an image. */
const fakePng = (): Buffer => {
  const header = Buffer.alloc(24);
  header.writeUInt32BE(0x89504e47, 0);
  header.writeUInt32BE(0x0d0a1a0a, 4);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(640, 16);
  header.writeUInt32BE(360, 20);
  return Buffer.concat([header, randomBytes(200 * 1024)]);
};

export const runPreviewBench = async (cacheDir: string) => {
  const work = join(cacheDir, 'preview-work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const workerPath = join(builtCopy('main', work), 'job-worker.js');
  const { context, client } = benchCore(work, workerPath, true, builtCopy('preview', work));
  try {
    await client.invoke('project.create', { path: join(work, 'preview.atelier') });
    const parcours = await client.invoke('parcours.createFromTemplate', {
      templateId: 'parcours-hybride-9h',
      source: 'shipped',
    });
    const outline = await client.invoke('parcours.outline', { id: parcours.id });
    const pages = outline.sections.flatMap((s) => s.activities).filter((a) => a.type === 'page');
    for (let i = 0; i < IMAGES; i += 1) {
      const file = join(work, `illustration-${String(i)}.png`);
      writeFileSync(file, fakePng());
      const media = await client.invoke('media.importFile', {
        path: file,
        alt: `Illustration ${String(i)}`,
      });
      const target = pages[i % Math.max(pages.length, 1)];
      if (!target) break;
      await client.invoke('activity.update', {
        id: target.id,
        patch: {
          content: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Observez le schéma.' }] },
              { type: 'image', attrs: { mediaId: media.id, alt: `Illustration ${String(i)}` } },
            ],
          },
        },
      });
    }
    await context.jobWorkerWarmed();

    const modelMs: number[] = [];
    for (let run = 0; run <= MODEL_RUNS; run += 1) {
      const started = performance.now();
      await client.invoke('preview.model', { parcoursId: parcours.id });
      // The first run is a warm-up.
      if (run > 0) modelMs.push(performance.now() - started);
    }

    const packageMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < PACKAGE_RUNS; run += 1) {
      const out = join(work, `relecture-${String(run)}.html`);
      packageMs.push(
        await timeJob(client, () =>
          client.invoke('exchange.export', {
            parcoursId: parcours.id,
            format: 'review',
            path: out,
          }),
        ),
      );
      bytes = statSync(out).size;
    }
    return {
      activities: outline.sections.reduce((n, s) => n + s.activities.length, 0),
      images: IMAGES,
      model: { medianMs: round(median(modelMs)), p95Ms: round(p95(modelMs)), runs: modelMs.length },
      package: {
        medianMs: round(median(packageMs)),
        p95Ms: round(p95(packageMs)),
        runs: packageMs.length,
        bytes,
      },
    };
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

export type PreviewBenchEntry = Awaited<ReturnType<typeof runPreviewBench>>;

if (process.argv[1]?.endsWith('preview-bench.ts')) {
  const entry = await runPreviewBench(resolve(import.meta.dirname, '..', '.tmp', 'bench'));
  process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
}
