import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ParcoursDocument } from '../../../src/main/formats/parcours-document';
import { readParcoursFolder } from '../../../src/main/formats/folder/read-parcours-folder';
import { writeParcoursFolder } from '../../../src/main/formats/folder/write-parcours-folder';
import { mediaSchema } from '../../../src/shared/domain/media';
import { parcoursSchema } from '../../../src/shared/domain/parcours';
import { useTempDirs } from './temp-dirs';

const tempDir = useTempDirs();
const MIB = 1024 * 1024;

/** `size` MiB of video-looking bytes, made one fresh MiB at a time and never kept. */
function* videoChunks(size: number): Generator<Buffer> {
  for (let i = 0; i < size; i += 1) {
    const chunk = Buffer.alloc(MIB, i % 251);
    chunk.write('ftypisom', 4, 'latin1');
    yield chunk;
  }
}

const videoDocument = (size: number): ParcoursDocument => {
  const hash = createHash('sha256');
  for (const chunk of videoChunks(size)) hash.update(chunk);
  const media = mediaSchema.parse({
    id: hash.digest('hex'),
    name: 'séance.mp4',
    mime: 'video/mp4',
    kind: 'video',
    sizeBytes: size * MIB,
    width: null,
    height: null,
    alt: '',
    decorative: false,
    captionsMediaId: null,
    hasThumbnail: false,
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  const parcours = parcoursSchema.parse({ id: 'p', title: 'Vidéo', shortName: 'V' });
  return { parcours, sections: [], bank: { categories: [], questions: [] }, media: [media] };
};

/** The peak growth of the resident set while `work` runs, sampled every few ms. */
const peakGrowth = async (work: () => Promise<void>): Promise<number> => {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - start;
};

const roundTrip = async (size: number): Promise<{ write: number; read: number }> => {
  const doc = videoDocument(size);
  const reader = { open: () => Readable.from(videoChunks(size)) };
  const dir = join(tempDir(), 'out');
  const write = await peakGrowth(() => writeParcoursFolder(doc, reader, dir));
  const read = await peakGrowth(async () => {
    const back = await readParcoursFolder(dir, { stagingDir: tempDir('staging') });
    expect(back.document).toEqual(doc);
  });
  return { write, read };
};

describe('parcours folder memory', () => {
  it('streams a 96 MiB video out and back with RSS growth well under its size', async () => {
    // The first round pays one-time costs (stream machinery, malloc arenas); the test's own
    // reader makes a fresh MiB per chunk, garbage V8 collects when it sees fit.
    await roundTrip(8);
    const growth = await roundTrip(96);
    expect(growth.write).toBeLessThan(48 * MIB);
    expect(growth.read).toBeLessThan(24 * MIB);
  }, 60_000);
});
