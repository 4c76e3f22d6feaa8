import fc from 'fast-check';
import { MOODLE_FRACTIONS } from '../../../src/shared/domain/question-fraction';
import { questionSchema, type Question } from '../../../src/shared/domain/question';

const chars = fc.constantFrom(...'abcdeéèàçôÉ «»—’ ~=#{}:\\<b>/&"\'%[]*-.0123456789'.split(''));
/** A text as GIFT keeps it: trimmed, not starting with a format marker or a weight. */
const giftText = (min = 1) =>
  fc
    .array(chars, { minLength: min, maxLength: 30 })
    .map((c) => c.join('').trim())
    .filter((s) => s.length >= min && !/^[[%=~]/.test(s) && !s.includes('->'));
const format = fc.constantFrom('html', 'moodle_auto', 'plain', 'markdown' as const);
const txt = (f: string, min = 1) => giftText(min).map((text) => ({ text, format: f, files: [] }));
const fraction = fc.constantFrom(...MOODLE_FRACTIONS);

const byType = (f: string) => ({
  multichoice: fc.record({
    type: fc.constant('multichoice'),
    single: fc.constant(true),
    answers: fc
      .array(fc.record({ text: txt(f), fraction, feedback: txt(f, 0) }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((a) => [
        {
          text: { text: 'Bonne', format: f, files: [] },
          fraction: 1,
          feedback: { text: '', format: f, files: [] },
        },
        ...a,
        // Without a `~` answer, GIFT reads the braces as a short answer (as Moodle does).
        {
          text: { text: 'Fausse', format: f, files: [] },
          fraction: 0,
          feedback: { text: '', format: f, files: [] },
        },
      ]),
  }),
  multi: fc.record({
    type: fc.constant('multichoice'),
    single: fc.constant(false),
    answers: fc.array(fc.record({ text: txt(f), fraction, feedback: txt(f, 0) }), {
      minLength: 2,
      maxLength: 4,
    }),
  }),
  truefalse: fc.record({
    type: fc.constant('truefalse'),
    correctAnswer: fc.boolean(),
    feedbackTrue: txt(f, 0),
    feedbackFalse: txt(f, 0),
  }),
  shortanswer: fc.record({
    type: fc.constant('shortanswer'),
    answers: fc.array(fc.record({ text: giftText(), fraction, feedback: txt(f, 0) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  numerical: fc.record({
    type: fc.constant('numerical'),
    unitPenalty: fc.constant(1),
    answers: fc
      .tuple(
        fc.array(
          fc.record({
            value: fc.integer({ min: -5000, max: 5000 }).map((n) => String(n / 100)),
            tolerance: fc.integer({ min: 0, max: 500 }).map((n) => n / 100),
            fraction,
            feedback: txt(f, 0),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        txt(f, 0),
      )
      .map(([answers, fb]) => [
        ...answers,
        { value: '*', tolerance: 0, fraction: 0, feedback: fb },
      ]),
  }),
  match: fc.record({
    type: fc.constant('match'),
    subquestions: fc.array(fc.record({ text: txt(f, 0), answer: giftText() }), {
      minLength: 2,
      maxLength: 4,
    }),
  }),
  essay: fc.record({ type: fc.constant('essay') }),
  description: fc.record({ type: fc.constant('description') }),
});

/** Questions of every GIFT-expressible type, with accents, escapes and HTML. */
export const giftQuestionArbitrary = format.chain((f) =>
  fc
    .record({
      name: giftText(),
      text: txt(f),
      generalFeedback: txt(f, 0),
      idnumber: fc.option(fc.stringMatching(/^[a-zé0-9-]{1,12}$/), { nil: null }),
      tags: fc.uniqueArray(fc.stringMatching(/^[a-zé][a-zé 0-9]{0,10}[a-z]$/), { maxLength: 3 }),
      specific: fc.oneof(...Object.values(byType(f))),
    })
    .map(({ specific, ...common }): Question => {
      const q = { id: 'q', categoryId: 'c', ...common, ...specific } as Record<string, unknown>;
      if (specific.type === 'description')
        Object.assign(q, { generalFeedback: { text: '', format: f, files: [] } });
      return questionSchema.parse(q);
    }),
);
