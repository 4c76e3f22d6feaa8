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

const makeParcours = async (shortName = 'LECT') =>
  core.client.invoke('parcours.create', { title: 'Lecture', shortName });

describe('parcours', () => {
  it('creates parcours with rank numbers and refuses a duplicate short name', async () => {
    const first = await makeParcours('A');
    const second = await makeParcours('B');
    expect([first.number, second.number]).toEqual([1, 2]);
    const dup = await core.client.call('parcours.create', { title: 'X', shortName: 'A' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!dup.ok) expect(dup.error.message).toMatch(/nom abrégé « A »/);
    const rename = await core.client.call('parcours.update', {
      id: second.id,
      patch: { shortName: 'A' },
    });
    expect(rename).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('updates and deletes a parcours with its content', async () => {
    const p = await makeParcours();
    const updated = await core.client.invoke('parcours.update', {
      id: p.id,
      patch: { title: 'Nouveau', declaredHours: 9 },
    });
    expect(updated).toMatchObject({ title: 'Nouveau', declaredHours: 9, shortName: 'LECT' });
    const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'S' });
    await core.client.invoke('activity.create', { sectionId: s.id, type: 'page', title: 'P' });
    await core.client.invoke('parcours.delete', { id: p.id });
    expect((await core.client.invoke('project.current', {}))?.parcours).toEqual([]);
    await core.client.invoke('history.undo', {});
    const outline = await core.client.invoke('parcours.outline', { id: p.id });
    expect(outline.sections[0]?.activities[0]?.title).toBe('P');
  });
});

describe('sections and activities', () => {
  it('orders sections and activities by index and moves them', async () => {
    const p = await makeParcours();
    const s1 = await core.client.invoke('section.create', { parcoursId: p.id, title: 'Un' });
    const s3 = await core.client.invoke('section.create', { parcoursId: p.id, title: 'Trois' });
    await core.client.invoke('section.create', { parcoursId: p.id, title: 'Deux', index: 1 });
    const a = await core.client.invoke('activity.create', {
      sectionId: s1.id,
      type: 'page',
      title: 'A',
    });
    await core.client.invoke('activity.create', { sectionId: s1.id, type: 'quiz', title: 'B' });
    await core.client.invoke('activity.create', {
      sectionId: s1.id,
      type: 'url',
      title: 'C',
      index: 0,
    });
    let outline = await core.client.invoke('parcours.outline', { id: p.id });
    expect(outline.sections.map((s) => s.title)).toEqual(['Un', 'Deux', 'Trois']);
    expect(outline.sections[0]?.activities.map((x) => x.title)).toEqual(['C', 'A', 'B']);
    await core.client.invoke('section.move', { id: s3.id, toIndex: 0 });
    await core.client.invoke('activity.move', { id: a.id, sectionId: s3.id, toIndex: 0 });
    outline = await core.client.invoke('parcours.outline', { id: p.id });
    expect(outline.sections.map((s) => s.title)).toEqual(['Trois', 'Un', 'Deux']);
    expect(outline.sections[0]?.activities.map((x) => x.title)).toEqual(['A']);
    expect(outline.sections[1]?.activities.map((x) => x.title)).toEqual(['C', 'B']);
    const summary = await core.client.invoke('project.current', {});
    expect(summary?.parcours[0]).toMatchObject({ sectionCount: 3, activityCount: 3 });
  });

  it('creates every activity type with valid defaults', async () => {
    const p = await makeParcours();
    const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'S' });
    for (const type of [
      'page',
      'label',
      'url',
      'file',
      'forum',
      'quiz',
      'feedback',
      'wiki',
      'glossary',
      'assignment',
      'virtualClass',
      'logbook',
      'choice',
      'book',
      'foreign',
    ] as const) {
      const activity = await core.client.invoke('activity.create', {
        sectionId: s.id,
        type,
        title: type,
      });
      expect(activity.type).toBe(type);
      expect(await core.client.invoke('activity.get', { id: activity.id })).toEqual(activity);
    }
  });

  it('merges activity patches, validates them and checks rich text', async () => {
    const p = await makeParcours();
    const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'S' });
    const page = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'page',
      title: 'P',
    });
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bonjour' }] }],
    };
    const updated = await core.client.invoke('activity.update', {
      id: page.id,
      patch: { content, estimatedMinutes: 15 },
    });
    expect(updated).toMatchObject({
      id: page.id,
      type: 'page',
      title: 'P',
      content,
      estimatedMinutes: 15,
    });
    const badType = await core.client.call('activity.update', {
      id: page.id,
      patch: { type: 'quiz' },
    });
    expect(badType).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badField = await core.client.call('activity.update', {
      id: page.id,
      patch: { estimatedMinutes: -3 },
    });
    expect(badField).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const script = { type: 'doc', content: [{ type: 'script', content: [] }] };
    const badDoc = await core.client.call('activity.update', {
      id: page.id,
      patch: { content: script },
    });
    expect(badDoc).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!badDoc.ok)
      expect(badDoc.error.message).toMatch(/^Le texte contient un élément non autorisé/);
    const link = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    const badLink = await core.client.call('activity.update', {
      id: page.id,
      patch: { intro: link },
    });
    expect(badLink).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await core.client.call('activity.get', { id: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('updates a section and emits project.changed with increasing revisions', async () => {
    const p = await makeParcours();
    const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'S' });
    const updated = await core.client.invoke('section.update', {
      id: s.id,
      patch: { title: 'T', modality: 'presentiel' },
    });
    expect(updated).toMatchObject({ title: 'T', modality: 'presentiel' });
    const revisions = core.events
      .filter((e) => e.name === 'project.changed')
      .map((e) => (e.payload as { revision: number }).revision);
    expect(revisions).toEqual([1, 2, 3]);
  });
});
