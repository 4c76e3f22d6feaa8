import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHarness } from '../../support/core/core-harness';
import { multichoiceDraft, trueFalseDraft } from '../../support/core/question-samples';

let core: CoreHarness;
let parcoursId: string;
beforeEach(async () => {
  core = startCore();
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
  parcoursId = (await core.client.invoke('parcours.create', { title: 'P', shortName: 'P1' })).id;
});
afterEach(async () => {
  await core.dispose();
});

const category = (name: string, parentId: string | null = null) =>
  core.client.invoke('questionCategory.create', { parcoursId, parentId, name });

describe('questionCategory.*', () => {
  it('lists the tree parents first with direct and total counts', async () => {
    const a = await category('Évaluation');
    const a1 = await category('Séquence 1', a.id);
    const b = await category('Autre');
    await core.client.invoke('question.create', {
      parcoursId,
      categoryId: a1.id,
      question: trueFalseDraft('Q1'),
    });
    const list = await core.client.invoke('questionCategory.list', { parcoursId });
    expect(list.map((c) => [c.name, c.depth, c.questionCount, c.totalQuestionCount])).toEqual([
      ['Évaluation', 0, 0, 1],
      ['Séquence 1', 1, 1, 1],
      ['Autre', 0, 0, 0],
    ]);
    expect(list[2]?.id).toBe(b.id);
  });

  it('renames, moves, refuses cycles, duplicate names and deleting a non-empty category', async () => {
    const a = await category('A');
    const b = await category('B', a.id);
    const renamed = await core.client.invoke('questionCategory.update', {
      id: b.id,
      patch: { name: 'B2', parentId: null },
    });
    expect(renamed).toMatchObject({ name: 'B2', parentId: null });
    await core.client.invoke('questionCategory.update', { id: b.id, patch: { parentId: a.id } });
    await expect(
      core.client.invoke('questionCategory.update', { id: a.id, patch: { parentId: b.id } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(category('B2', a.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(core.client.invoke('questionCategory.delete', { id: a.id })).rejects.toMatchObject(
      { code: 'conflict', details: { children: 1 } },
    );
    await core.client.invoke('questionCategory.delete', { id: b.id });
    await core.client.invoke('questionCategory.delete', { id: a.id });
    expect(await core.client.invoke('questionCategory.list', { parcoursId })).toEqual([]);
    await core.client.invoke('history.undo', {});
    expect(await core.client.invoke('questionCategory.list', { parcoursId })).toHaveLength(1);
  });

  it('refuses bad input and unknown ids', async () => {
    await expect(
      core.client.invoke('questionCategory.create', { parcoursId, parentId: null, name: '' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(category('X', 'nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      core.client.invoke('questionCategory.list', { parcoursId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('question.*', () => {
  it('creates, gets, updates, duplicates and undoes', async () => {
    const c = await category('C');
    const q = await core.client.invoke('question.create', {
      parcoursId,
      categoryId: c.id,
      question: multichoiceDraft('Choix'),
    });
    expect(await core.client.invoke('question.get', { id: q.id })).toEqual(q);
    const updated = await core.client.invoke('question.update', {
      id: q.id,
      question: { ...q, name: 'Choix modifié', tags: ['socle'] },
    });
    expect(updated.name).toBe('Choix modifié');
    const copy = await core.client.invoke('question.duplicate', { id: q.id });
    expect(copy).toMatchObject({ name: 'Choix modifié (copie)', categoryId: c.id });
    expect(copy.id).not.toBe(q.id);
    await core.client.invoke('history.undo', {});
    await core.client.invoke('history.undo', {});
    expect((await core.client.invoke('question.get', { id: q.id })).name).toBe('Choix');
    await expect(core.client.invoke('question.get', { id: copy.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses an invalid question, a mismatched id and a category of another parcours', async () => {
    const c = await category('C');
    const other = await core.client.invoke('parcours.create', { title: 'O', shortName: 'O1' });
    const oc = await core.client.invoke('questionCategory.create', {
      parcoursId: other.id,
      parentId: null,
      name: 'OC',
    });
    await expect(
      core.client.invoke('question.create', {
        parcoursId,
        categoryId: c.id,
        question: { type: 'multichoice', name: 'x', text: { text: '' }, answers: [] },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      core.client.invoke('question.create', {
        parcoursId,
        categoryId: oc.id,
        question: trueFalseDraft('Q'),
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const q = await core.client.invoke('question.create', {
      parcoursId,
      categoryId: c.id,
      question: trueFalseDraft('Q'),
    });
    await expect(
      core.client.invoke('question.update', { id: q.id, question: { ...q, id: 'other' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      core.client.invoke('question.update', { id: q.id, question: { ...q, categoryId: oc.id } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      core.client.invoke('question.update', {
        id: q.id,
        question: {
          ...q,
          text: { ...q.text, files: [{ name: 'a.png', path: '/', mediaId: 'f'.repeat(64) }] },
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', details: { mediaIds: ['f'.repeat(64)] } });
  });

  it('lists with category, subcategories, accent-free search, tags and type', async () => {
    const a = await category('A');
    const b = await category('B', a.id);
    const mk = (categoryId: string, draft: ReturnType<typeof trueFalseDraft>) =>
      core.client.invoke('question.create', { parcoursId, categoryId, question: draft });
    await mk(a.id, trueFalseDraft('Élève autonome', ['Cycle 3']));
    await mk(b.id, trueFalseDraft('Différenciation', ['cycle 3', 'socle']));
    await mk(b.id, multichoiceDraft('Évaluation 50 %'));
    const names = async (filter: Record<string, unknown>) =>
      (await core.client.invoke('question.list', { parcoursId, ...filter })).map((q) => q.name);
    expect(await names({})).toHaveLength(3);
    expect(await names({ categoryId: a.id })).toEqual(['Élève autonome']);
    expect(await names({ categoryId: a.id, includeSubcategories: true })).toHaveLength(3);
    expect(await names({ search: 'ÉLEVE AUTONOME' })).toEqual(['Élève autonome']);
    expect(await names({ search: 'choisissez' })).toEqual(['Évaluation 50 %']);
    expect(await names({ search: '50 %' })).toEqual(['Évaluation 50 %']);
    expect(await names({ tags: ['cycle 3', 'socle'] })).toEqual(['Différenciation']);
    expect(await names({ type: 'multichoice' })).toEqual(['Évaluation 50 %']);
    const [first] = await core.client.invoke('question.list', { parcoursId, search: 'autonome' });
    expect(first).toMatchObject({
      excerpt: 'Élève autonome : l’élève a-t-il raison ?',
      usedBy: [],
    });
    expect(await core.client.invoke('question.tags', { parcoursId })).toEqual([
      'cycle 3',
      'Cycle 3',
      'socle',
    ]);
    await expect(
      core.client.invoke('question.list', { parcoursId, type: 'nope' as 'essay' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses deleting questions a quiz uses unless forced, then removes their slots', async () => {
    const c = await category('C');
    const q = await core.client.invoke('question.create', {
      parcoursId,
      categoryId: c.id,
      question: trueFalseDraft('Q'),
    });
    const s = await core.client.invoke('section.create', { parcoursId, title: 'S' });
    const quiz = await core.client.invoke('activity.create', {
      sectionId: s.id,
      type: 'quiz',
      title: 'Positionnement',
    });
    await core.client.invoke('activity.update', {
      id: quiz.id,
      patch: {
        slots: [{ id: 's1', page: 1, question: { kind: 'fixed', questionId: q.id } }],
      },
    });
    const [summary] = await core.client.invoke('question.list', { parcoursId });
    expect(summary?.usedBy).toEqual([quiz.id]);
    await expect(core.client.invoke('question.delete', { ids: [q.id] })).rejects.toMatchObject({
      code: 'conflict',
      details: { usedBy: [{ questionId: q.id, activityIds: [quiz.id] }] },
    });
    await core.client.invoke('question.delete', { ids: [q.id], force: true });
    const after = await core.client.invoke('activity.get', { id: quiz.id });
    expect(after.type === 'quiz' && after.slots).toEqual([]);
    await core.client.invoke('history.undo', {});
    const back = await core.client.invoke('activity.get', { id: quiz.id });
    expect(back.type === 'quiz' && back.slots).toHaveLength(1);
    await expect(core.client.invoke('question.delete', { ids: [] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('scores tries with Moodle’s penalty arithmetic', async () => {
    const c = await category('C');
    const q = await core.client.invoke('question.create', {
      parcoursId,
      categoryId: c.id,
      question: { ...multichoiceDraft('QCM'), penalty: 0.25, defaultMark: 2 },
    });
    const result = await core.client.invoke('question.score', {
      id: q.id,
      responses: [{ choice: 0 }, { choice: 1 }],
    });
    expect(result.tries.map((t) => t.state)).toEqual(['gradedwrong', 'gradedright']);
    expect(result.fraction).toBeCloseTo(0.75);
    expect(result.mark).toBeCloseTo(1.5);
    await expect(
      core.client.invoke('question.score', { id: q.id, responses: [] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
