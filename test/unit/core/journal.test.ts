import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../support/core/fake-clock';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness;
afterEach(async () => {
  await core.dispose();
});

const setup = async (clock = createFakeClock()) => {
  core = startCore({ now: clock.now });
  const path = join(core.dir, 'p.atelier');
  await core.client.invoke('project.create', { path });
  const p = await core.client.invoke('parcours.create', { title: 'L', shortName: 'L' });
  const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'Section' });
  return { path, p, s, clock };
};

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('undo journal', () => {
  it('undoes and redoes across a close and reopen, with French labels', async () => {
    const { path, s } = await setup();
    await core.client.invoke('section.update', { id: s.id, patch: { title: 'Renommée' } });
    expect(await core.client.invoke('history.state', {})).toMatchObject({
      canUndo: true,
      undoLabel: 'Renommer la section',
    });
    await core.restart();
    await core.client.invoke('project.open', { path });
    const undone = await core.client.invoke('history.undo', {});
    expect(undone).toMatchObject({
      canRedo: true,
      redoLabel: 'Renommer la section',
      undoLabel: 'Ajouter une section',
    });
    const [section] = (
      await core.client.invoke('parcours.outline', {
        id: (await core.client.invoke('project.current', {}))?.parcours[0]?.id ?? '',
      })
    ).sections;
    expect(section?.title).toBe('Section');
    await core.restart();
    await core.client.invoke('project.open', { path });
    await core.client.invoke('history.redo', {});
    const outline = await core.client.invoke('parcours.outline', {
      id: (await core.client.invoke('project.current', {}))?.parcours[0]?.id ?? '',
    });
    expect(outline.sections[0]?.title).toBe('Renommée');
  });

  it('coalesces typing in the same field within 2 s into one step', async () => {
    const { s, clock } = await setup();
    const page = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'page',
      title: 'P',
    });
    for (const text of ['B', 'Bo', 'Bon', 'Bonjour']) {
      clock.advance(500);
      await core.client.invoke('activity.update', { id: page.id, patch: { content: doc(text) } });
    }
    clock.advance(5_000);
    await core.client.invoke('activity.update', {
      id: page.id,
      patch: { content: doc('Bonjour !') },
    });
    expect(await core.client.invoke('history.state', {})).toMatchObject({
      undoLabel: 'Modifier le texte de la page',
    });
    await core.client.invoke('history.undo', {});
    // One undo removes the last edit only; the four quick ones before it were one step.
    expect(await core.client.invoke('activity.get', { id: page.id })).toMatchObject({
      content: doc('Bonjour'),
    });
    await core.client.invoke('history.undo', {});
    const back = await core.client.invoke('activity.get', { id: page.id });
    expect(back).toMatchObject({ content: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(await core.client.invoke('history.state', {})).toMatchObject({
      undoLabel: 'Ajouter une activité',
    });
  });

  it('drops the redo branch on a new edit', async () => {
    const { s } = await setup();
    await core.client.invoke('section.update', { id: s.id, patch: { title: 'A' } });
    await core.client.invoke('history.undo', {});
    expect((await core.client.invoke('history.state', {})).canRedo).toBe(true);
    await core.client.invoke('section.update', { id: s.id, patch: { modality: 'presentiel' } });
    expect(await core.client.invoke('history.state', {})).toMatchObject({
      canRedo: false,
      undoLabel: 'Modifier la section',
    });
    const redo = await core.client.invoke('history.redo', {});
    expect(redo.canRedo).toBe(false);
  });

  it('brings back a deleted section with all its activities in order', async () => {
    const { p, s } = await setup();
    for (const title of ['Un', 'Deux', 'Trois']) {
      await core.client.invoke('activity.create', { sectionId: s.id, type: 'page', title });
    }
    const before = await core.client.invoke('parcours.outline', { id: p.id });
    await core.client.invoke('section.delete', { id: s.id });
    expect((await core.client.invoke('parcours.outline', { id: p.id })).sections).toEqual([]);
    await core.client.invoke('history.undo', {});
    expect(await core.client.invoke('parcours.outline', { id: p.id })).toEqual(before);
    await core.client.invoke('history.redo', {});
    expect((await core.client.invoke('parcours.outline', { id: p.id })).sections).toEqual([]);
  });

  it('bumps the revision on undo and redo and announces history changes', async () => {
    const { s } = await setup();
    await core.client.invoke('section.update', { id: s.id, patch: { title: 'A' } });
    const r0 = (await core.client.invoke('project.current', {}))?.revision ?? 0;
    await core.client.invoke('history.undo', {});
    await core.client.invoke('history.redo', {});
    expect((await core.client.invoke('project.current', {}))?.revision).toBe(r0 + 2);
    expect(core.events.filter((e) => e.name === 'history.changed').length).toBeGreaterThan(3);
  });
});
