import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness;
beforeEach(async () => {
  core = startCore();
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
});
afterEach(async () => {
  await core.dispose();
});

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A parcours with sections A (a1 page, a2 book with a chapter, a3 forum) and B (b1). */
const seed = async (shortName = 'P1') => {
  const p = await core.client.invoke('parcours.create', { title: 'Parcours', shortName });
  const a = await core.client.invoke('section.create', { parcoursId: p.id, title: 'A' });
  const b = await core.client.invoke('section.create', { parcoursId: p.id, title: 'B' });
  const a1 = await core.client.invoke('activity.create', {
    sectionId: a.id,
    type: 'page',
    title: 'a1',
  });
  await core.client.invoke('activity.update', {
    id: a1.id,
    patch: { content: doc('Texte'), estimatedMinutes: 20 },
  });
  const a2 = await core.client.invoke('activity.create', {
    sectionId: a.id,
    type: 'book',
    title: 'a2',
  });
  await core.client.invoke('activity.update', {
    id: a2.id,
    patch: { chapters: [{ id: 'ch-1', title: 'Chapitre', content: doc('Chap') }] },
  });
  const a3 = await core.client.invoke('activity.create', {
    sectionId: a.id,
    type: 'forum',
    title: 'a3',
  });
  const b1 = await core.client.invoke('activity.create', {
    sectionId: b.id,
    type: 'url',
    title: 'b1',
  });
  return { p, a, b, a1, a2, a3, b1 };
};

const titles = async (parcoursId: string) =>
  (await core.client.invoke('parcours.outline', { id: parcoursId })).sections.map((s) => [
    s.title,
    s.activities.map((x) => x.title),
  ]);

describe('duplicate', () => {
  it('puts a section copy right after the original, with new ids everywhere, as one undo step', async () => {
    const { p, a, a1, a2 } = await seed();
    const copy = await core.client.invoke('section.duplicate', { id: a.id });
    expect(copy.title).toBe('A (copie)');
    expect(copy.id).not.toBe(a.id);
    expect(await titles(p.id)).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['A (copie)', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
    ]);
    const outline = await core.client.invoke('parcours.outline', { id: p.id });
    const copied = outline.sections[1]?.activities ?? [];
    expect(copied.map((x) => x.id)).not.toContain(a1.id);
    const page = await core.client.invoke('activity.get', { id: copied[0]?.id ?? '' });
    expect(page).toMatchObject({ type: 'page', content: doc('Texte'), estimatedMinutes: 20 });
    const book = await core.client.invoke('activity.get', { id: copied[1]?.id ?? '' });
    if (book.type !== 'book') throw new Error('book expected');
    expect(book.chapters).toHaveLength(1);
    expect(book.chapters[0]?.id).not.toBe('ch-1');
    expect((await core.client.invoke('activity.get', { id: a2.id })).type).toBe('book');
    expect((await core.client.invoke('history.state', {})).undoLabel).toBe('Dupliquer la section');
    await core.client.invoke('history.undo', {});
    expect(await titles(p.id)).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
    ]);
    await core.client.invoke('history.redo', {});
    expect((await titles(p.id))[1]?.[0]).toBe('A (copie)');
  });

  it('puts an activity copy right after the original, titled " (copie)"', async () => {
    const { p, a1 } = await seed();
    const copy = await core.client.invoke('activity.duplicate', { id: a1.id });
    expect(copy).toMatchObject({
      title: 'a1 (copie)',
      content: doc('Texte'),
      estimatedMinutes: 20,
    });
    expect(copy.id).not.toBe(a1.id);
    expect((await titles(p.id))[0]).toEqual(['A', ['a1', 'a1 (copie)', 'a2', 'a3']]);
    await core.client.invoke('history.undo', {});
    expect((await titles(p.id))[0]).toEqual(['A', ['a1', 'a2', 'a3']]);
    const missing = await core.client.call('activity.duplicate', { id: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps a long title within 255 characters', async () => {
    const { a1 } = await seed();
    const long = 'x'.repeat(255);
    await core.client.invoke('activity.update', { id: a1.id, patch: { title: long } });
    const copy = await core.client.invoke('activity.duplicate', { id: a1.id });
    expect(copy.title).toHaveLength(255);
    expect(copy.title.endsWith(' (copie)')).toBe(true);
  });
});

describe('copy to another parcours', () => {
  it('copies a section with its activities to the end of another parcours, title unchanged', async () => {
    const { a } = await seed('P1');
    const other = await seed('P2');
    const copy = await core.client.invoke('section.copyTo', { id: a.id, parcoursId: other.p.id });
    expect(copy.title).toBe('A');
    expect(await titles(other.p.id)).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
      ['A', ['a1', 'a2', 'a3']],
    ]);
    await core.client.invoke('history.undo', {});
    expect(await titles(other.p.id)).toHaveLength(2);
    const bad = await core.client.call('section.copyTo', { id: a.id, parcoursId: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('copies activities in the given order into a section of any parcours, at an index', async () => {
    const { a1, a3 } = await seed('P1');
    const other = await seed('P2');
    const copies = await core.client.invoke('activity.copyTo', {
      ids: [a3.id, a1.id],
      sectionId: other.b.id,
      index: 0,
    });
    expect(copies.map((c) => c.title)).toEqual(['a3', 'a1']);
    expect(copies.map((c) => c.id)).not.toContain(a1.id);
    expect((await titles(other.p.id))[1]).toEqual(['B', ['a3', 'a1', 'b1']]);
    const atEnd = await core.client.invoke('activity.copyTo', {
      ids: [a1.id],
      sectionId: other.b.id,
    });
    expect(atEnd[0]?.title).toBe('a1');
    expect((await titles(other.p.id))[1]).toEqual(['B', ['a3', 'a1', 'b1', 'a1']]);
    await core.client.invoke('history.undo', {});
    await core.client.invoke('history.undo', {});
    expect((await titles(other.p.id))[1]).toEqual(['B', ['b1']]);
  });
});

describe('bulk moves and deletes', () => {
  it('moves several activities in the given order as one undo step', async () => {
    const { p, a, b, a1, a2, a3 } = await seed();
    await core.client.invoke('activity.moveMany', {
      ids: [a3.id, a1.id],
      sectionId: b.id,
      toIndex: 1,
    });
    expect(await titles(p.id)).toEqual([
      ['A', ['a2']],
      ['B', ['b1', 'a3', 'a1']],
    ]);
    expect((await core.client.invoke('history.state', {})).undoLabel).toBe(
      'Déplacer les activités',
    );
    await core.client.invoke('history.undo', {});
    expect(await titles(p.id)).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
    ]);
    // Within one section: toIndex counts the activities that stay.
    await core.client.invoke('activity.moveMany', {
      ids: [a1.id, a2.id],
      sectionId: a.id,
      toIndex: 1,
    });
    expect((await titles(p.id))[0]).toEqual(['A', ['a3', 'a1', 'a2']]);
    await core.client.invoke('activity.moveMany', { ids: [a2.id], sectionId: a.id, toIndex: 99 });
    expect((await titles(p.id))[0]).toEqual(['A', ['a3', 'a1', 'a2']]);
  });

  it('refuses a repeated or unknown id without writing anything', async () => {
    const { p, b, a1 } = await seed();
    const before = await core.client.invoke('project.current', {});
    const twice = await core.client.call('activity.moveMany', {
      ids: [a1.id, a1.id],
      sectionId: b.id,
      toIndex: 0,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await core.client.call('activity.deleteMany', { ids: [a1.id, 'nope'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const badSection = await core.client.call('activity.moveMany', {
      ids: [a1.id],
      sectionId: 'nope',
      toIndex: 0,
    });
    expect(badSection).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const empty = await core.client.call('activity.deleteMany', { ids: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await core.client.invoke('project.current', {}))?.revision).toBe(before?.revision);
    expect((await titles(p.id))[0]).toEqual(['A', ['a1', 'a2', 'a3']]);
  });

  it('deletes several activities across sections as one undo step', async () => {
    const { p, a1, a3, b1 } = await seed();
    await core.client.invoke('activity.deleteMany', { ids: [a1.id, b1.id, a3.id] });
    expect(await titles(p.id)).toEqual([
      ['A', ['a2']],
      ['B', []],
    ]);
    expect((await core.client.invoke('history.state', {})).undoLabel).toBe(
      'Supprimer les activités',
    );
    await core.client.invoke('history.undo', {});
    expect(await titles(p.id)).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
    ]);
    await core.client.invoke('history.redo', {});
    expect((await titles(p.id))[0]).toEqual(['A', ['a2']]);
  });
});
