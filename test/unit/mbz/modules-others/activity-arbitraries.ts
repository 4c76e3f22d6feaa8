import fc from 'fast-check';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { COMPLETIONS_ARB, docArbitrary, titleArbitrary } from './text-arbitraries';
import { feedbackItemArbitrary, plainText } from './feedback-item-arbitrary';

type Of<T extends Activity['type']> = Extract<Activity, { type: T }>;

const common = {
  title: titleArbitrary,
  intro: fc.option(docArbitrary, { nil: null }),
  completion: COMPLETIONS_ARB,
};

const parse = <T extends Activity['type']>(fields: Record<string, unknown>): Of<T> =>
  activitySchema.parse({ id: 'a1', ...fields }) as Of<T>;

export const forumArbitrary = fc
  .record({ ...common, forumType: fc.constantFrom('standard', 'qanda', 'single', 'news') })
  .map((f) => parse<'forum'>({ ...f, type: 'forum' }));

export const wikiArbitrary = fc
  .record({
    ...common,
    wikiMode: fc.constantFrom('collaborative', 'individual'),
    firstPageTitle: plainText(40, 1).filter((t) => t.trim() !== ''),
  })
  .map((f) => parse<'wiki'>({ ...f, type: 'wiki' }));

export const glossaryArbitrary = fc
  .record({
    ...common,
    displayFormat: fc.constantFrom('dictionary', 'full', 'encyclopedia'),
    participantsCanAdd: fc.boolean(),
  })
  .map((f) => parse<'glossary'>({ ...f, type: 'glossary' }));

export const assignmentArbitrary = fc
  .record({
    ...common,
    onlineText: fc.boolean(),
    fileSubmission: fc.boolean(),
    maxFiles: fc.integer({ min: 0, max: 100 }),
    dueOffsetDays: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }),
    maxGrade: fc.integer({ min: 0, max: 1000 }),
    gradeToPass: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
  })
  .map((f) =>
    parse<'assignment'>({
      ...f,
      gradeToPass: f.maxGrade === 0 ? null : f.gradeToPass,
      type: 'assignment',
    }),
  );

export const choiceArbitrary = fc
  .record({
    ...common,
    options: fc.array(plainText(30), { maxLength: 8 }),
    allowMultiple: fc.boolean(),
    allowUpdate: fc.boolean(),
  })
  .map((f) => parse<'choice'>({ ...f, type: 'choice' }));

/** Items with ids by rank, each maybe depending on an earlier one. */
const itemsArbitrary = fc.array(feedbackItemArbitrary, { maxLength: 6 }).chain((items) =>
  fc
    .tuple(...items.map((_, i) => fc.option(fc.nat({ max: Math.max(i - 1, 0) }), { nil: null })))
    .map((depends) =>
      items.map((item, i) => {
        const on = depends[i] ?? null;
        return {
          ...item,
          id: `item-${i}`,
          dependItemId: i > 0 && on !== null ? `item-${on}` : null,
        };
      }),
    ),
);

export const feedbackArbitrary = fc
  .record({
    ...common,
    purpose: fc.constantFrom('none', 'final-survey', 'positioning'),
    anonymous: fc.boolean(),
    multipleSubmit: fc.boolean(),
    autoNumbering: fc.boolean(),
    emailNotification: fc.boolean(),
    publishStats: fc.boolean(),
    pageAfterSubmit: plainText(60),
    siteAfterSubmit: plainText(40),
    completionSubmit: fc.boolean(),
    items: itemsArbitrary,
  })
  .map((f) => parse<'feedback'>({ ...f, type: 'feedback' }));

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

const isoArbitrary = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    two(23),
    two(59),
    fc.constantFrom('Z', '+01:00', '+02:00', '-05:00'),
  )
  .map(
    ([y, m, d, h, mi, z]) =>
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${h}:${mi}:00${z}`,
  );

export const virtualClassArbitrary = fc
  .record({
    ...common,
    schedule: fc.oneof(
      isoArbitrary.map((at) => ({ kind: 'date' as const, at })),
      fc.record({
        kind: fc.constant('offset' as const),
        days: fc.integer({ min: 0, max: 3650 }),
        time: fc.tuple(two(23), two(59)).map(([h, m]) => `${h}:${m}`),
      }),
      fc.constant({ kind: 'unplanned' as const }),
    ),
    durationMinutes: fc.integer({ min: 0, max: 1440 }),
    link: fc.option(
      fc
        .stringMatching(/^[a-z0-9/?=&._-]{0,30}$/)
        .map((path) => `https://classe.example.org/${path}`),
      { nil: null },
    ),
  })
  .map((f) => parse<'virtualClass'>({ ...f, type: 'virtualClass' }));

export const logbookArbitrary = fc
  .record({ ...common, prompts: fc.option(docArbitrary, { nil: null }) })
  .map((f) => parse<'logbook'>({ ...f, type: 'logbook' }));
