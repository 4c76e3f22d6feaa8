import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/shared/domain/activity';
import { startCore, type CoreHarness } from '../../support/core/core-harness';
import { trueFalseDraft } from '../../support/core/question-samples';

let core: CoreHarness;
beforeEach(async () => {
  core = startCore();
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
});
afterEach(async () => {
  await core.dispose();
});

/** A parcours with a bank (A › A1, one question in each) and a quiz using both ways. */
const seed = async (shortName: string) => {
  const p = await core.client.invoke('parcours.create', { title: shortName, shortName });
  const a = await core.client.invoke('questionCategory.create', {
    parcoursId: p.id,
    parentId: null,
    name: 'A',
  });
  const a1 = await core.client.invoke('questionCategory.create', {
    parcoursId: p.id,
    parentId: a.id,
    name: 'A1',
  });
  const q = await core.client.invoke('question.create', {
    parcoursId: p.id,
    categoryId: a.id,
    question: trueFalseDraft('Fixe'),
  });
  await core.client.invoke('question.create', {
    parcoursId: p.id,
    categoryId: a1.id,
    question: trueFalseDraft('Au hasard'),
  });
  const s = await core.client.invoke('section.create', { parcoursId: p.id, title: 'S' });
  const quiz = await core.client.invoke('activity.create', {
    sectionId: s.id,
    type: 'quiz',
    title: 'Test',
  });
  const slots = [
    { id: 's1', page: 1, question: { kind: 'fixed', questionId: q.id } },
    {
      id: 's2',
      page: 2,
      question: { kind: 'random', categoryId: a.id, includeSubcategories: true },
    },
  ];
  await core.client.invoke('activity.update', {
    id: quiz.id,
    patch: { slots, purpose: 'positioning' },
  });
  return { p, a, a1, q, s, quiz };
};

const slotsOf = (activity: Activity) => (activity.type === 'quiz' ? activity.slots : []);

describe('quiz slots', () => {
  it('accepts the parcours’s own questions and refuses others', async () => {
    const one = await seed('P1');
    const two = await seed('P2');
    const stored = await core.client.invoke('activity.get', { id: one.quiz.id });
    expect(slotsOf(stored)).toHaveLength(2);
    expect(stored).toMatchObject({ purpose: 'positioning', maxGrade: 10 });
    for (const question of [
      { kind: 'fixed', questionId: two.q.id },
      { kind: 'random', categoryId: two.a.id },
      { kind: 'fixed', questionId: 'missing' },
    ]) {
      await expect(
        core.client.invoke('activity.update', {
          id: one.quiz.id,
          patch: { slots: [{ id: 'x', page: 1, question }] },
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(
      core.client.invoke('activity.update', {
        id: one.quiz.id,
        patch: { slots: [{ id: 'x', page: 0, question: { kind: 'fixed', questionId: one.q.id } }] },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('edits feedback items through activity.update', async () => {
    const { s } = await seed('P1');
    const fb = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'feedback',
      title: 'Bilan',
    });
    const updated = await core.client.invoke('activity.update', {
      id: fb.id,
      patch: {
        purpose: 'final-survey',
        items: [
          {
            id: 'i1',
            type: 'multichoice',
            name: 'Satisfait ?',
            required: true,
            options: ['Oui', 'Non'],
          },
          { id: 'i2', type: 'textarea', name: 'Remarques' },
        ],
      },
    });
    expect(updated).toMatchObject({ purpose: 'final-survey', anonymous: true });
    expect(updated.type === 'feedback' && updated.items.map((i) => i.required)).toEqual([
      true,
      false,
    ]);
    await expect(
      core.client.invoke('activity.update', {
        id: fb.id,
        patch: { items: [{ id: 'i', type: 'captcha' }] },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('copies the questions along when a quiz goes to another parcours, shares them otherwise', async () => {
    const one = await seed('P1');
    const other = await core.client.invoke('parcours.create', { title: 'O', shortName: 'O1' });
    const target = await core.client.invoke('section.create', { parcoursId: other.id, title: 'T' });
    const [copy] = await core.client.invoke('activity.copyTo', {
      ids: [one.quiz.id],
      sectionId: target.id,
    });
    if (!copy) throw new Error('no copy');
    const bank = await core.client.invoke('question.list', { parcoursId: other.id });
    expect(bank.map((q) => q.name).sort()).toEqual(['Au hasard', 'Fixe']);
    const categories = await core.client.invoke('questionCategory.list', { parcoursId: other.id });
    expect(categories.map((c) => [c.name, c.depth])).toEqual([
      ['A', 0],
      ['A1', 1],
    ]);
    const [fixed, random] = slotsOf(copy);
    expect(fixed?.question).toEqual({
      kind: 'fixed',
      questionId: bank.find((q) => q.name === 'Fixe')?.id,
    });
    expect(random?.question).toMatchObject({ kind: 'random', categoryId: categories[0]?.id });
    // Copying again reuses the categories (same path) and copies the questions again.
    await core.client.invoke('section.copyTo', { id: one.s.id, parcoursId: other.id });
    expect(
      await core.client.invoke('questionCategory.list', { parcoursId: other.id }),
    ).toHaveLength(2);
    expect(await core.client.invoke('question.list', { parcoursId: other.id })).toHaveLength(4);
    // Within the parcours the bank is shared.
    const dup = await core.client.invoke('activity.duplicate', { id: one.quiz.id });
    expect(slotsOf(dup)).toEqual(
      slotsOf(await core.client.invoke('activity.get', { id: one.quiz.id })),
    );
    await core.client.invoke('section.duplicate', { id: one.s.id });
    expect(await core.client.invoke('question.list', { parcoursId: one.p.id })).toHaveLength(2);
    // One undo step removes the copied section and the questions it brought.
    await core.client.invoke('history.undo', {});
    await core.client.invoke('history.undo', {});
    await core.client.invoke('history.undo', {});
    expect(await core.client.invoke('question.list', { parcoursId: other.id })).toHaveLength(2);
  });

  it('a parcours made from a project gabarit gets its own copy of the bank', async () => {
    const one = await seed('P1');
    await core.client.invoke('parcours.update', { id: one.p.id, patch: { kind: 'template' } });
    const made = await core.client.invoke('parcours.createFromTemplate', {
      templateId: one.p.id,
      source: 'project',
    });
    const bank = await core.client.invoke('question.list', { parcoursId: made.id });
    expect(bank).toHaveLength(2);
    // usedBy counts fixed slots: the copied quiz uses the copied « Fixe ».
    expect(bank.find((q) => q.name === 'Fixe')?.usedBy).toHaveLength(1);
  });

  it('deleting a parcours deletes its bank, and undo brings it back', async () => {
    const one = await seed('P1');
    await core.client.invoke('parcours.delete', { id: one.p.id });
    await expect(core.client.invoke('question.get', { id: one.q.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await core.client.invoke('history.undo', {});
    expect((await core.client.invoke('question.get', { id: one.q.id })).name).toBe('Fixe');
    expect(
      await core.client.invoke('questionCategory.list', { parcoursId: one.p.id }),
    ).toHaveLength(2);
  });
});
