import fc from 'fast-check';
import { ACTIVITY_TYPES, activitySchema, type Activity } from '../../../src/shared/domain/activity';
import { parcoursSchema } from '../../../src/shared/domain/parcours';
import type { Question } from '../../../src/shared/domain/question';
import {
  questionCategorySchema,
  type QuestionCategory,
} from '../../../src/shared/domain/question-category';
import type { RichText } from '../../../src/shared/domain/rich-text';
import { sectionSchema } from '../../../src/shared/domain/section';
import type { ParcoursDocument } from '../../../src/main/formats/parcours-document';
import { giftQuestionArbitrary } from '../formats/question-arbitrary';
import { mediaOf } from './sample-media';

/** Titles that slug alike, accents, emoji, separators, dots: what makes names collide or break. */
const title = fc
  .array(fc.constantFrom(...'Éé eaœ/\\.:-—’?😀 Cours1 '.split(' ').flatMap((w) => [w, ' '])), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join('').trim())
  .filter((t) => t.length > 0);

/** JSON as stored (no -0, which JSON cannot carry and the project never holds). */
const moodle = fc.option(
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  { nil: null },
);

const run = fc.record(
  {
    type: fc.constant('text'),
    text: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
    marks: fc.array(fc.constantFrom({ type: 'bold' }, { type: 'italic' }), { maxLength: 2 }),
  },
  { requiredKeys: ['type', 'text'] },
);
const richText = (mediaIds: string[]): fc.Arbitrary<RichText> =>
  fc
    .array(
      fc.oneof(
        fc.record({ type: fc.constant('paragraph'), content: fc.array(run, { maxLength: 3 }) }),
        ...(mediaIds.length === 0
          ? []
          : [
              fc.record({
                type: fc.constant('image'),
                attrs: fc.record({
                  mediaId: fc.constantFrom(...mediaIds),
                  alt: fc.string({ maxLength: 10 }),
                  decorative: fc.boolean(),
                }),
              }),
            ]),
      ),
      { maxLength: 4 },
    )
    .map((content) => ({ type: 'doc', content }));

const activity = (mediaIds: string[], questionIds: string[]) =>
  fc
    .record({
      type: fc.constantFrom(...ACTIVITY_TYPES),
      title,
      intro: fc.option(richText(mediaIds), { nil: null }),
      content: richText(mediaIds),
      estimatedMinutes: fc.option(fc.nat(600), { nil: null }),
      visibleTo: fc.subarray(['participant', 'formateur', 'tuteur', 'concepteur']),
      options: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
      moodle,
    })
    .map(({ type, content, options, ...common }): Record<string, unknown> => {
      const extra: Record<string, Record<string, unknown>> = {
        page: { content },
        label: { content, variant: 'important' },
        book: { chapters: [{ id: 'ch', title: 'Chapitre', content }] },
        choice: { options },
        foreign: { moduleName: 'hvp' },
        file: { mediaId: mediaIds[0] ?? null },
        quiz: {
          slots: questionIds.slice(0, 2).map((questionId, i) => ({
            id: `sl${String(i)}`,
            page: 1,
            question: { kind: 'fixed', questionId },
          })),
        },
        feedback: {
          items: options.map((name, i) => ({ id: `f${String(i)}`, type: 'textfield', name })),
        },
      };
      return { ...common, type, ...(extra[type] ?? {}) };
    });

const media = fc
  .uniqueArray(
    fc.record({
      bytes: fc.uint8Array({ maxLength: 64 }),
      name: fc.oneof(
        title,
        fc.constantFrom('.cache', 'CON.txt', 'a/b\\c:d*?.png', ' . ', 'é'.repeat(200) + '.mp4'),
      ),
      alt: fc.string({ maxLength: 20 }),
    }),
    { selector: (m) => Buffer.from(m.bytes).toString('hex'), maxLength: 4 },
  )
  .map((list) =>
    list.map((m) => ({
      bytes: m.bytes,
      media: mediaOf(m.bytes, {
        name: m.name,
        mime: 'application/octet-stream',
        kind: 'other',
        alt: m.alt,
      }),
    })),
  );

const categories = fc
  .array(
    fc.record({
      name: fc.constantFrom('Banque', 'banque', 'Banque!', 'Séquence 1', '???'),
      parent: fc.nat(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) =>
    list.map(({ name, parent }, i): QuestionCategory =>
      questionCategorySchema.parse({
        id: `cat${String(i)}`,
        name,
        parentId: i === 0 ? null : `cat${String(parent % i)}`,
      }),
    ),
  );

/**
 * Whole documents, in the order the core gives them (questions grouped by category in category
 * order; media sorted by id), every part parsed with its schema: the U2 property's `p`.
 */
export const parcoursDocumentArbitrary = fc
  .record({
    media,
    categories,
    questions: fc.array(fc.tuple(giftQuestionArbitrary, fc.nat()), { maxLength: 6 }),
    parcoursTitle: title,
    moodle,
  })
  .chain(
    ({
      media: library,
      categories: cats,
      questions: drafts,
      parcoursTitle,
      moodle: parcoursMoodle,
    }) => {
      const ids = library.map((m) => m.media.id);
      const questions: Question[] = drafts
        .map(([q, at], i) => ({
          ...q,
          id: `q${String(i)}`,
          categoryId: cats[at % cats.length]?.id ?? 'cat0',
        }))
        .sort((a, b) => Number(a.categoryId.slice(3)) - Number(b.categoryId.slice(3)));
      const sections = fc.array(
        fc.record({
          title,
          summary: fc.option(richText(ids), { nil: null }),
          moodle,
          activities: fc.array(
            activity(
              ids,
              questions.map((q) => q.id),
            ),
            { maxLength: 4 },
          ),
        }),
        { maxLength: 4 },
      );
      return sections.map((list): { doc: ParcoursDocument; bytes: Map<string, Uint8Array> } => ({
        doc: {
          parcours: parcoursSchema.parse({
            id: 'p',
            title: parcoursTitle,
            shortName: 'P1',
            moodle: parcoursMoodle,
            indexation: { vignetteMediaId: ids[0] ?? null },
          }),
          sections: list.map(({ activities, ...section }, s) => ({
            section: sectionSchema.parse({ ...section, id: `s${String(s)}` }),
            activities: activities.map((a, i): Activity =>
              activitySchema.parse({ ...a, id: `s${String(s)}a${String(i)}` }),
            ),
          })),
          bank: { categories: cats, questions },
          media: library.map((m) => m.media).sort((a, b) => (a.id < b.id ? -1 : 1)),
        },
        bytes: new Map(library.map((m) => [m.media.id, m.bytes])),
      }));
    },
  );
