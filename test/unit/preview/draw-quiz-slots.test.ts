import { describe, expect, it } from 'vitest';
import { drawQuizSlots } from '../../../src/renderer/components/try-it/draw-quiz-slots';
import { modelQuestionSource } from '../../../src/renderer/preview/model-question-source';
import type { QuizSlot } from '../../../src/shared/domain/quiz-slot';
import { samplePreviewModel } from '../../support/preview/sample-preview-model';

const fixed = (id: string, questionId: string, page = 1): QuizSlot => ({
  id,
  page,
  maxMark: 1,
  requirePrevious: false,
  question: { kind: 'fixed', questionId },
});
const random = (id: string): QuizSlot => ({
  id,
  page: 1,
  maxMark: 1,
  requirePrevious: false,
  question: { kind: 'random', categoryId: 'cat-revision', includeSubcategories: false, tags: [] },
});

/** The sample's questions, with the pools given (by slot id). */
const source = (pools: Record<string, string[]>) =>
  modelQuestionSource({ questions: samplePreviewModel().questions, randomPools: pools });

describe('drawQuizSlots with the preview model', () => {
  it('fixed slots show their question, in slot order', async () => {
    const drawn = await drawQuizSlots(
      [fixed('s1', 'q-posture'), fixed('s2', 'q-definition'), fixed('s3', 'q-leviers', 2)],
      source({}),
    );
    expect(drawn.map((d) => [d.slot.id, d.question?.id])).toEqual([
      ['s1', 'q-posture'],
      ['s2', 'q-definition'],
      ['s3', 'q-leviers'],
    ]);
    expect(drawn.every((d) => Object.keys(d.start).length === 0)).toBe(true);
  });

  it('random slots never draw the same question twice, nor a draft', async () => {
    const pool = ['q-groupes', 'q-etayage', 'q-brouillon'];
    for (let round = 0; round < 50; round += 1) {
      const drawn = await drawQuizSlots(
        [random('r1'), random('r2'), random('r3')],
        source({ r1: pool, r2: pool, r3: pool }),
      );
      const ids = drawn.map((d) => d.question?.id ?? null);
      // Two usable questions for three slots: the third finds none left.
      expect(new Set(ids.slice(0, 2))).toEqual(new Set(['q-groupes', 'q-etayage']));
      expect(ids[2]).toBeNull();
    }
  });

  it('a random slot does not draw a question a fixed slot before it shows', async () => {
    const drawn = await drawQuizSlots(
      [fixed('s1', 'q-groupes'), random('r1')],
      source({ r1: ['q-groupes', 'q-etayage'] }),
      () => 0,
    );
    expect(drawn.map((d) => d.question?.id)).toEqual(['q-groupes', 'q-etayage']);
  });

  it('draws with the random function given', async () => {
    const pool = { r1: ['q-groupes', 'q-etayage'] };
    const first = await drawQuizSlots([random('r1')], source(pool), () => 0);
    const last = await drawQuizSlots([random('r1')], source(pool), () => 0.99);
    expect([first[0]?.question?.id, last[0]?.question?.id]).toEqual(['q-groupes', 'q-etayage']);
  });

  it('a slot with no pool, or a question the model lacks, has no question', async () => {
    const drawn = await drawQuizSlots([random('r9'), fixed('s1', 'q-absente')], source({}));
    expect(drawn.map((d) => d.question)).toEqual([null, null]);
  });

  it('the sample quiz draws its four questions', async () => {
    const model = samplePreviewModel();
    const quiz = model.sections.flatMap((s) => s.activities).find((a) => a.type === 'quiz');
    if (quiz?.type !== 'quiz') throw new Error('sample changed');
    const drawn = await drawQuizSlots(quiz.slots, modelQuestionSource(model));
    expect(drawn.map((d) => d.question?.id)).toEqual([
      'q-posture',
      'q-definition',
      'q-leviers',
      expect.stringMatching(/^q-(groupes|etayage)$/),
    ]);
  });
});
