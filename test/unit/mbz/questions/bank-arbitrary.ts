import fc from 'fast-check';
import { questionSchema, type Question } from '../../../../src/shared/domain/question';
import type { QuestionCategory } from '../../../../src/shared/domain/question-category';
import { parseClozeParts } from '../../../../src/shared/domain/question-cloze-parts';
import { giftQuestionArbitrary } from '../../formats/question-arbitrary';

const word = fc.stringMatching(/^[a-zéèàçô]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const format = fc.constantFrom(
  'html' as const,
  'moodle_auto' as const,
  'plain' as const,
  'markdown' as const,
);
const text = (min = 0) =>
  fc.record({
    format,
    text: min > 0 ? words : fc.option(words, { nil: '' }),
    files: fc.constant([]),
  });
/** A text with files: unique names in name order (the order a backup gives them back). */
const withFiles = fc.tuple(text(1), fc.uniqueArray(word, { maxLength: 2 })).map(([t, names]) => ({
  ...t,
  files: [...names]
    .sort((a, b) => a.localeCompare(b))
    .map((n) => ({ name: `${n}.png`, path: '/', mediaId: `media-${n}` })),
}));
const combined = fc.record({
  correct: withFiles,
  partiallyCorrect: text(),
  incorrect: text(),
  showNumCorrect: fc.boolean(),
});

const clozePart = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), word, word)
    .map(([w, a, fb]) => `{${String(w)}:SHORTANSWER:=${a}#${fb}~*#non}`),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 99 }))
    .map(([w, n]) => `{${String(w)}:NUMERICAL:=${String(n)}:1#oui}`),
  fc.tuple(word, word).map(([a, b]) => `{1:MULTICHOICE:=${a}#oui~${b}#non}`),
  fc.tuple(word, word, word).map(([a, b, c]) => `{2:MULTIRESPONSE:%50%${a}~%50%${b}~%-100%${c}}`),
  fc.tuple(word, word).map(([a, b]) => `{1:MCVS:=${a}~${b}}`),
);

const extra = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('gapselect' as const, 'ddwtos' as const),
      text: text(1).map((t) => ({ ...t, text: `${t.text} [[1]] et [[2]]` })),
      shuffleAnswers: fc.boolean(),
      combinedFeedback: combined,
      choices: fc.array(
        fc.record({ text: word, group: fc.integer({ min: 1, max: 3 }), infinite: fc.boolean() }),
        { minLength: 2, maxLength: 5 },
      ),
    })
    .map((q) =>
      q.type === 'gapselect'
        ? { ...q, choices: q.choices.map(({ text: t, group }) => ({ text: t, group })) }
        : q,
    ),
  fc.array(fc.oneof(words, clozePart), { minLength: 1, maxLength: 5 }).map((segments) => {
    const t = `<p>${segments.join(' ')} {1:SA:=fin}</p>`;
    const parts = parseClozeParts(t);
    return {
      type: 'multianswer' as const,
      text: { format: 'html' as const, text: t, files: [] },
      parts,
      defaultMark: parts.reduce((s, p) => s + p.weight, 0),
    };
  }),
  fc.record({
    type: fc.constant('ordering' as const),
    layoutType: fc.constantFrom('VERTICAL' as const, 'HORIZONTAL' as const),
    selectType: fc.constantFrom('ALL' as const, 'RANDOM' as const, 'CONTIGUOUS' as const),
    selectCount: fc.integer({ min: 0, max: 5 }),
    gradingType: fc.constantFrom(
      'ALL_OR_NOTHING' as const,
      'ABSOLUTE_POSITION' as const,
      'LONGEST_CONTIGUOUS_SUBSET' as const,
    ),
    showGrading: fc.constantFrom('SHOW' as const, 'HIDE' as const),
    numberingStyle: fc.constantFrom('none' as const, 'abc' as const, 'IIII' as const),
    combinedFeedback: combined,
    items: fc.array(text(1), { minLength: 2, maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('essay' as const),
    responseFormat: fc.constantFrom('editor' as const, 'plain' as const, 'noinline' as const),
    responseRequired: fc.boolean(),
    minWordLimit: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    maxWordLimit: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    attachments: fc.integer({ min: -1, max: 3 }),
    graderInfo: withFiles,
    responseTemplate: text(),
  }),
);

/** Fields of any question that the GIFT generator leaves at their defaults. */
const extras = fc.record({
  status: fc.constantFrom('ready' as const, 'draft' as const),
  hints: fc.array(
    fc.record({ text: withFiles, showNumCorrect: fc.boolean(), clearWrong: fc.boolean() }),
    { maxLength: 2 },
  ),
  tags: fc.uniqueArray(word, { maxLength: 3 }),
  penalty: fc.constantFrom(0, 0.1, 0.3333333, 1),
  questionText: withFiles,
});

/** A question of any type the model edits, with hints, tags, files and a status. */
export const bankQuestionArbitrary: fc.Arbitrary<Question> = fc
  .tuple(
    fc.oneof(
      giftQuestionArbitrary,
      giftQuestionArbitrary.chain((base) => extra.map((e) => ({ ...base, ...e }))),
    ),
    extras,
  )
  .map(([q, e]) => {
    const text =
      q.type === 'multianswer' || q.type === 'gapselect' || q.type === 'ddwtos'
        ? q.text
        : e.questionText;
    return questionSchema.parse({
      ...q,
      status: e.status,
      hints: e.hints,
      tags: e.tags,
      penalty: e.penalty,
      text,
    });
  });

/** A course root with a child, and a quiz's own (module) root. */
export const BANK_CATEGORIES: QuestionCategory[] = [
  {
    id: 'A',
    parentId: null,
    name: 'Séquence — A',
    info: { format: 'html', text: '<p>A</p>', files: [] },
    idnumber: 'cat-a',
    context: 'course',
  },
  {
    id: 'B',
    parentId: 'A',
    name: 'Sous « B »',
    info: { format: 'plain', text: '', files: [] },
    idnumber: null,
    context: 'course',
  },
  {
    id: 'M',
    parentId: null,
    name: 'Default for Quiz',
    info: { format: 'moodle_auto', text: 'Défaut', files: [] },
    idnumber: null,
    context: 'module',
  },
];

/** Questions with unique ids and names, spread over the categories. */
export const bankArbitrary = fc
  .array(fc.tuple(bankQuestionArbitrary, fc.constantFrom('A', 'B', 'M')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((items) => ({
    categories: BANK_CATEGORIES,
    questions: items.map(([q, categoryId], i) => ({
      ...q,
      id: `q${String(i)}`,
      name: `${String(i)} ${q.name}`,
      categoryId,
    })),
  }));
