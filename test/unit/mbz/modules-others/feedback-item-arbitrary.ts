import fc from 'fast-check';
import type { FeedbackItem } from '../../../../src/shared/domain/feedback-item';

const CHARS = Array.from('abcdeéèàçôÉ XYZ0123456789&\'"«»—…,.;:!?()[]{}#/\\-_+=*%$€@');

/** Text as an author types it (no control characters, which XML cannot hold). */
export const plainText = (maxLength: number, minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...CHARS), minLength, maxLength });

/** A choice's option: what Moodle can store (no `|`, no line break, no `<`/`>` runs). */
const option = plainText(30, 1);

const common = {
  id: fc.uuid(),
  name: plainText(60),
  label: plainText(20),
  required: fc.boolean(),
  dependItemId: fc.constant(null),
  dependValue: plainText(20),
};
const layout = { hideNoSelect: fc.boolean(), ignoreEmpty: fc.boolean() };
const bound = fc.option(
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);

/** Any feedback item of the model, as Moodle can store it. */
export const feedbackItemArbitrary: fc.Arbitrary<FeedbackItem> = fc.oneof(
  fc.record({
    ...common,
    type: fc.constant('info' as const),
    info: fc.constantFrom('responsetime', 'course', 'category'),
  }),
  fc.record({
    ...common,
    name: plainText(60, 1),
    type: fc.constant('label' as const),
    html: plainText(80),
  }),
  fc.record({ ...common, type: fc.constant('pagebreak' as const) }),
  fc
    .record({
      ...common,
      ...layout,
      type: fc.constant('multichoice' as const),
      display: fc.constantFrom('radio', 'checkbox', 'dropdown'),
      options: fc.array(option, { maxLength: 6 }),
      horizontal: fc.boolean(),
    })
    .map((i) => ({ ...i, horizontal: i.display !== 'dropdown' && i.horizontal })),
  fc
    .record({
      ...common,
      ...layout,
      type: fc.constant('multichoicerated' as const),
      display: fc.constantFrom('radio', 'dropdown'),
      options: fc.array(fc.record({ value: fc.integer({ min: -100, max: 100 }), text: option }), {
        maxLength: 6,
      }),
      horizontal: fc.boolean(),
    })
    .map((i) => ({ ...i, horizontal: i.display !== 'dropdown' && i.horizontal })),
  fc.record({ ...common, type: fc.constant('numeric' as const), min: bound, max: bound }),
  fc.record({
    ...common,
    type: fc.constant('textfield' as const),
    size: fc.integer({ min: 1, max: 255 }),
    maxLength: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    ...common,
    type: fc.constant('textarea' as const),
    width: fc.integer({ min: 1, max: 200 }),
    height: fc.integer({ min: 1, max: 100 }),
  }),
);
