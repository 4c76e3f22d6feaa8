import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/event-bus';
import {
  createMediaPrestore,
  type MediaPrestore,
} from '../../../src/main/core/media/prestore-media';
import { storeStagedMedia } from '../../../src/main/core/media/store-staged-media';
import { createProjectFile } from '../../../src/main/core/open-project-session';
import type { ProjectSession } from '../../../src/main/core/project-session';
import { MEDIA_CHUNK_BYTES } from '../../../src/shared/domain/media';
import { fakeMp4, sha256 } from '../../support/core/media-bytes';

let dir: string;
let session: ProjectSession;
let logged: unknown[];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-prestore-'));
  logged = [];
  session = await createProjectFile(join(dir, 'p.atelier'), 'Prestore', {
    now: () => new Date('2026-11-22T10:00:00Z'),
    events: createEventBus(() => undefined),
    snapshotIntervalMinutes: 0,
    log: () => undefined,
  });
});
afterEach(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A staged file of `bytes`, as an import's extraction leaves it. */
const stage = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, sha256: sha256(bytes), sizeBytes: bytes.length };
};

const prestoreOf = (): MediaPrestore =>
  createMediaPrestore(
    session,
    () => true,
    (message, error) => logged.push([message, error]),
  );

/** Lets the prestore's turns run until `done` holds (each turn is one `setImmediate`). */
const until = async (done: () => boolean): Promise<void> => {
  for (let turn = 0; turn < 1000 && !done(); turn += 1)
    await new Promise((resolve) => setImmediate(resolve));
  expect(done()).toBe(true);
};

const storedBytes = (id: string, size: number): Buffer => {
  const parts: Buffer[] = [];
  for (let index = 0; index * MEDIA_CHUNK_BYTES < size; index += 1) {
    const chunk = session.repos.media.readChunk(id, index);
    if (!chunk) throw new Error(`chunk ${String(index)} of ${id} is missing`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
};

const chunkRows = (): number =>
  (session.db.prepare('SELECT COUNT(*) AS n FROM media_chunks').get() as { n: number }).n;

const complete = (blob: { sha256: string; sizeBytes: number }) =>
  session.repos.media.hasChunks(blob.sha256, blob.sizeBytes, MEDIA_CHUNK_BYTES);

describe('storing an import’s media bytes ahead of its payload', () => {
  it('writes each offered file into media_chunks, byte for byte, and leaves edits durable', async () => {
    const video = fakeMp4(3 * MEDIA_CHUNK_BYTES + 777);
    const tiny = Buffer.from('dix octets');
    const a = stage('a.bin', video);
    const b = stage('b.bin', tiny);
    const prestore = prestoreOf();
    prestore.offer(a);
    prestore.offer(b);
    await until(() => complete(a) && complete(b));
    expect(storedBytes(a.sha256, a.sizeBytes).equals(video)).toBe(true);
    expect(storedBytes(b.sha256, b.sizeBytes).equals(tiny)).toBe(true);
    // Its own writes skip the fsync; an acknowledged edit afterwards is FULL again.
    expect(session.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(logged).toEqual([]);
  });

  it('the import’s edit finds the bytes there; release keeps them and drops the unused ones', async () => {
    const video = fakeMp4(2 * MEDIA_CHUNK_BYTES + 10);
    const used = stage('used.bin', video);
    const unused = stage('unused.bin', fakeMp4(MEDIA_CHUNK_BYTES + 5));
    const prestore = prestoreOf();
    prestore.offer(used);
    prestore.offer(unused);
    await until(() => complete(used) && complete(unused));
    prestore.stop();
    // The staging file is gone: the medium can only come from the bytes already stored.
    const media = storeStagedMedia(
      session,
      {
        name: 'film.mp4',
        mime: 'video/mp4',
        sizeBytes: video.length,
        path: join(dir, 'missing.bin'),
        sha256: used.sha256,
        head: video.subarray(0, 64),
        discard: () => undefined,
      },
      {},
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(media.id).toBe(used.sha256);
    prestore.release();
    expect(complete(used)).toBe(true);
    expect(storedBytes(used.sha256, used.sizeBytes).equals(video)).toBe(true);
    expect(session.repos.media.readChunk(unused.sha256, 0)).toBeNull();
    expect(chunkRows()).toBe(3);
  });

  it('stopped half-way (a cancelled import), it leaves no bytes behind after release', async () => {
    const big = stage('big.bin', fakeMp4(20 * MEDIA_CHUNK_BYTES));
    const prestore = prestoreOf();
    prestore.offer(big);
    await until(() => chunkRows() > 0);
    prestore.stop();
    expect(complete(big)).toBe(false);
    prestore.release();
    expect(chunkRows()).toBe(0);
  });

  it('rewrites a file an earlier, interrupted prestore left incomplete', async () => {
    const bytes = fakeMp4(12 * MEDIA_CHUNK_BYTES + 3);
    const blob = stage('film.bin', bytes);
    const first = prestoreOf();
    first.offer(blob);
    await until(() => chunkRows() > 0);
    first.stop();
    expect(complete(blob)).toBe(false);
    const second = prestoreOf();
    second.offer(blob);
    await until(() => complete(blob));
    expect(storedBytes(blob.sha256, blob.sizeBytes).equals(bytes)).toBe(true);
  });

  it('release leaves the bytes another import running at the same time stored', async () => {
    const mine = stage('mine.bin', fakeMp4(MEDIA_CHUNK_BYTES + 1));
    const theirs = stage('theirs.bin', fakeMp4(MEDIA_CHUNK_BYTES + 2));
    const first = prestoreOf();
    const second = prestoreOf();
    first.offer(mine);
    second.offer(theirs);
    await until(() => complete(mine) && complete(theirs));
    first.release();
    expect(session.repos.media.readChunk(mine.sha256, 0)).toBeNull();
    expect(complete(theirs)).toBe(true);
    second.release();
    expect(chunkRows()).toBe(0);
  });

  it('writes nothing once the project is closed', async () => {
    let open = true;
    const prestore = createMediaPrestore(
      session,
      () => open,
      () => undefined,
    );
    open = false;
    prestore.offer(stage('late.bin', fakeMp4(MEDIA_CHUNK_BYTES)));
    for (let turn = 0; turn < 10; turn += 1) await new Promise((r) => setImmediate(r));
    expect(chunkRows()).toBe(0);
  });
});
