import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIA_CHUNK_BYTES } from '../../../src/shared/domain/media';
import { startCore, type CoreHarness } from '../../support/core/core-harness';
import { fakeMp4, fakePng, sha256, uploadBytes } from '../../support/core/media-bytes';

let core: CoreHarness;
let path: string;
beforeEach(async () => {
  core = startCore();
  path = join(core.dir, 'p.atelier');
  await core.client.invoke('project.create', { path });
});
afterEach(async () => {
  await core.dispose();
});

const readAll = async (id: string, range?: { start: number; end?: number }) => {
  const read = await core.context.readMedia(id, range);
  if (read?.status !== 'ok') throw new Error('medium expected');
  const parts: Buffer[] = [];
  for await (const part of read.stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
};

describe('uploads', () => {
  it('stores a chunked upload content-addressed, sniffs its kind and reads it back byte-identical', async () => {
    const bytes = fakeMp4(2 * MEDIA_CHUNK_BYTES + 12_345);
    const media = await uploadBytes(core.client, bytes, {
      name: 'film.bin',
      mime: 'application/octet-stream',
    });
    expect(media).toMatchObject({
      id: sha256(bytes),
      name: 'film.bin',
      kind: 'video',
      mime: 'video/mp4',
      sizeBytes: bytes.length,
      hasThumbnail: false,
    });
    expect((await readAll(media.id)).equals(bytes)).toBe(true);
    const start = MEDIA_CHUNK_BYTES - 10;
    const slice = await readAll(media.id, { start, end: start + 99 });
    expect(slice.equals(bytes.subarray(start, start + 100))).toBe(true);
    expect(await core.context.readMedia(media.id, { start: bytes.length })).toEqual({
      status: 'range-not-satisfiable',
      size: bytes.length,
    });
    expect(await core.context.readMedia('0'.repeat(64))).toBeNull();
    // Same bytes, another name: the same medium, unchanged, and no new undo step.
    const state = await core.client.invoke('history.state', {});
    const again = await uploadBytes(core.client, bytes, { name: 'autre.mp4', mime: 'video/mp4' });
    expect(again).toEqual(media);
    expect(await core.client.invoke('history.state', {})).toEqual(state);
    expect(state.undoLabel).toBe('Importer « film.bin »');
  });

  it('refuses chunks out of order, too large or beyond the size, bad base64 and an incomplete file', async () => {
    const begin = () =>
      core.client.invoke('media.uploadBegin', { name: 'a.bin', mime: 'x/y', sizeBytes: 10 });
    const { uploadId } = await begin();
    const chunk = (index: number, bytes: Buffer | string) =>
      core.client.call('media.uploadChunk', {
        uploadId,
        index,
        dataBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64'),
      });
    expect(await chunk(1, Buffer.alloc(4))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await chunk(0, Buffer.alloc(11))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await chunk(0, '@@@@')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await chunk(0, Buffer.alloc(4))).toEqual({ ok: true, value: { receivedBytes: 4 } });
    const early = await core.client.call('media.uploadFinish', { uploadId });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!early.ok) expect(early.error.message).toMatch(/^Fichier incomplet/);
    await core.client.invoke('media.uploadCancel', { uploadId });
    expect(await chunk(1, Buffer.alloc(4))).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const big = await core.client.call('media.uploadChunk', {
      uploadId: (
        await core.client.invoke('media.uploadBegin', {
          name: 'b',
          mime: 'x/y',
          sizeBytes: 3 * MEDIA_CHUNK_BYTES,
        })
      ).uploadId,
      index: 0,
      dataBase64: Buffer.alloc(MEDIA_CHUNK_BYTES + 1).toString('base64'),
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('asks an image for alt text unless decorative, and reads its size from the bytes', async () => {
    const png = fakePng(640, 360);
    await expect(
      uploadBytes(core.client, png, { name: 'plan.dat', mime: 'text/plain' }),
    ).rejects.toThrow('Une image doit avoir un texte alternatif, ou être marquée décorative.');
    const image = await uploadBytes(core.client, png, {
      name: 'plan.png',
      mime: 'image/png',
      alt: 'Plan du collège',
    });
    expect(image).toMatchObject({
      kind: 'image',
      mime: 'image/png',
      width: 640,
      height: 360,
      alt: 'Plan du collège',
    });
    const decorative = await uploadBytes(core.client, fakePng(10, 10), {
      name: 'd.png',
      mime: 'image/png',
      decorative: true,
    });
    expect(decorative).toMatchObject({ decorative: true, alt: '' });
  });

  it('imports a local file by streaming it, and says when the path does not exist', async () => {
    const file = join(core.dir, 'son.mp4');
    const bytes = fakeMp4(MEDIA_CHUNK_BYTES + 7);
    writeFileSync(file, bytes);
    const media = await core.client.invoke('media.importFile', { path: file });
    expect(media).toMatchObject({ id: sha256(bytes), name: 'son.mp4', kind: 'video' });
    expect((await readAll(media.id)).equals(bytes)).toBe(true);
    const missing = await core.client.call('media.importFile', {
      path: join(core.dir, 'absent.mp4'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'file_not_found' } });
  });

  it('treats SVG and unknown bytes as "other", whatever the claimed type', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const media = await uploadBytes(core.client, svg, { name: 'x.png', mime: 'image/png' });
    expect(media).toMatchObject({ kind: 'other', mime: 'image/svg+xml' });
    const unknown = await uploadBytes(core.client, Buffer.from('hello'), {
      name: 'a.jpg',
      mime: 'image/jpeg',
    });
    expect(unknown).toMatchObject({ kind: 'other', mime: 'application/octet-stream' });
  });
});

describe('metadata, usage and delete', () => {
  it('journals metadata edits, keeps the alt rule, checks captions and stores a PNG thumbnail', async () => {
    const image = await uploadBytes(core.client, fakePng(4, 3), {
      name: 'a.png',
      mime: 'image/png',
      alt: 'Avant',
    });
    const updated = await core.client.invoke('media.update', {
      id: image.id,
      patch: { alt: 'Après', name: 'b.png' },
    });
    expect(updated).toMatchObject({ alt: 'Après', name: 'b.png' });
    await core.client.invoke('history.undo', {});
    expect((await core.client.invoke('media.list', {}))[0]).toMatchObject({
      alt: 'Avant',
      name: 'a.png',
    });
    const noAlt = await core.client.call('media.update', { id: image.id, patch: { alt: ' ' } });
    expect(noAlt).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const captions = await core.client.call('media.update', {
      id: image.id,
      patch: { captionsMediaId: image.id },
    });
    expect(captions).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const thumb = fakePng(2, 2);
    const withThumb = await core.client.invoke('media.setThumbnail', {
      id: image.id,
      pngBase64: thumb.toString('base64'),
    });
    expect(withThumb.hasThumbnail).toBe(true);
    expect((await core.context.readMediaThumbnail(image.id))?.equals(thumb)).toBe(true);
    const notPng = await core.client.call('media.setThumbnail', {
      id: image.id,
      pngBase64: Buffer.from('GIF89a').toString('base64'),
    });
    expect(notPng).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('lists where each medium is used and refuses to delete it while used', async () => {
    const image = await uploadBytes(core.client, fakePng(8, 8), {
      name: 'plan.png',
      mime: 'image/png',
      alt: 'Plan',
    });
    const video = await uploadBytes(core.client, fakeMp4(5000), {
      name: 'v.mp4',
      mime: 'video/mp4',
    });
    const p = await core.client.invoke('parcours.create', { title: 'Lecture', shortName: 'LECT' });
    const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'Étape' });
    const page = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'page',
      title: 'Page',
    });
    const file = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'file',
      title: 'Vidéo',
    });
    const content = {
      type: 'doc',
      content: [{ type: 'image', attrs: { mediaId: image.id, alt: 'Plan', decorative: false } }],
    };
    await core.client.invoke('activity.update', { id: page.id, patch: { content } });
    await core.client.invoke('activity.update', { id: file.id, patch: { mediaId: video.id } });
    const outline = await core.client.invoke('parcours.outline', { id: p.id });
    await core.client.invoke('parcours.update', {
      id: p.id,
      patch: { indexation: { ...outline.parcours.indexation, vignetteMediaId: image.id } },
    });
    const list = await core.client.invoke('media.list', {});
    const usageOf = (id: string) => list.find((m) => m.id === id)?.usage;
    expect(usageOf(image.id)).toEqual(
      expect.arrayContaining([
        {
          parcoursId: p.id,
          parcoursTitle: 'Lecture',
          entity: 'activity',
          entityId: page.id,
          entityTitle: 'Page',
        },
        {
          parcoursId: p.id,
          parcoursTitle: 'Lecture',
          entity: 'indexation',
          entityId: p.id,
          entityTitle: 'Indexation',
        },
      ]),
    );
    expect(usageOf(video.id)).toEqual([
      {
        parcoursId: p.id,
        parcoursTitle: 'Lecture',
        entity: 'activity',
        entityId: file.id,
        entityTitle: 'Vidéo',
      },
    ]);
    const refused = await core.client.call('media.delete', { id: video.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok)
      expect(refused.error.message).toContain('activité « Vidéo » du parcours « Lecture »');
    await core.client.invoke('activity.delete', { id: file.id });
    await core.client.invoke('media.delete', { id: video.id });
    expect((await core.client.invoke('media.list', {})).map((m) => m.id)).toEqual([image.id]);
    expect(await core.context.readMedia(video.id)).toBeNull();
    await core.client.invoke('history.undo', {});
    expect((await readAll(video.id)).length).toBe(5000);
  });

  it('keeps chunks while the journal references them and collects them once nothing does', async () => {
    const bytes = fakeMp4(3000);
    const media = await uploadBytes(core.client, bytes, { name: 'v.mp4', mime: 'video/mp4' });
    await core.client.invoke('history.undo', {});
    await core.restart();
    await core.client.invoke('project.open', { path });
    await core.client.invoke('history.redo', {});
    expect((await readAll(media.id)).equals(bytes)).toBe(true);
    await core.client.invoke('history.undo', {});
    // A new edit drops the undone import from the journal: nothing references the bytes now.
    await core.client.invoke('project.rename', { title: 'Autre' });
    await core.restart();
    await core.client.invoke('project.open', { path });
    const Database = (await import('better-sqlite3')).default;
    await core.client.invoke('project.close', {});
    const db = new Database(path, { readonly: true });
    const count = db.prepare('SELECT COUNT(*) AS n FROM media_chunks').get() as { n: number };
    db.close();
    expect(count.n).toBe(0);
  });
});
