import fc from 'fast-check';
import {
  activitySchema,
  labelVariantSchema,
  type Activity,
} from '../../../../src/shared/domain/activity';
import { completionSchema, type Completion } from '../../../../src/shared/domain/completion';
import type { Media } from '../../../../src/shared/domain/media';
import { mediaArbitrary } from './media-arbitrary';
import { modalitySchema } from '../../../../src/shared/domain/modality';
import { parcoursSchema } from '../../../../src/shared/domain/parcours';
import type { Question } from '../../../../src/shared/domain/question';
import {
  questionCategorySchema,
  type QuestionCategory,
} from '../../../../src/shared/domain/question-category';
import { ALL_ROLES, type Role } from '../../../../src/shared/domain/role';
import type { RichTextNode } from '../../../../src/shared/domain/rich-text';
import { sectionSchema } from '../../../../src/shared/domain/section';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';
import type { ParcoursDocument } from '../../../../src/main/formats/parcours-document';
import {
  assignmentArbitrary,
  choiceArbitrary,
  feedbackArbitrary,
  forumArbitrary,
  glossaryArbitrary,
  logbookArbitrary,
  virtualClassArbitrary,
  wikiArbitrary,
} from '../modules-others/activity-arbitraries';
import { bankQuestionArbitrary } from '../questions/bank-arbitrary';
import { editorDoc } from './atelier-document';

const WORDS = 'Évaluer|« pour »|apprendre|l’œuvre|élève|😀|📌|Cours|a&b|<b>|x<y|"cité"|1er|—|ça…';

/** Words joined by single spaces: HTML collapses other whitespace, which the model keeps. */
const words = fc
  .array(fc.constantFrom(...WORDS.split('|')), { minLength: 1, maxLength: 5 })
  .map((w) => w.join(' '));

const text = (value: string, marks: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks !== undefined && marks.length > 0 ? { marks } : {}),
});

const mark = fc.constantFrom<RichTextNode['marks']>(
  [],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'bold' }, { type: 'italic' }],
  [{ type: 'link', attrs: { href: 'https://eduscol.education.fr/' } }],
  [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=«2»' } }],
  [{ type: 'link', attrs: { href: 'mailto:equipe@example.org' } }],
);

/** Runs of text; each but the last ends with the space that separates it from the next. */
const inline = fc
  .array(fc.tuple(words, mark), { minLength: 1, maxLength: 3 })
  .map((runs) => runs.map(([t, m], i) => text(i < runs.length - 1 ? `${t} ` : t, m)));

const paragraph = inline.map((content): RichTextNode => ({ type: 'paragraph', content }));

const block = (mediaIds: readonly string[]): fc.Arbitrary<RichTextNode> =>
  fc.oneof(
    { arbitrary: paragraph, weight: 4 },
    fc
      .tuple(fc.constantFrom(2, 3, 4), inline)
      .map(([level, content]) => ({ type: 'heading', attrs: { level }, content })),
    fc
      .tuple(
        fc.constantFrom('bulletList', 'orderedList'),
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
      )
      .map(([type, items]) => ({
        type,
        content: items.map((p) => ({ type: 'listItem', content: [p] })),
      })),
    fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(paragraph, { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 3,
        }),
      )
      .map(([cols, rows]) => ({
        type: 'table',
        content: rows.map((cells, r) => ({
          type: 'tableRow',
          content: cells
            .slice(0, cols)
            .map((p) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [p] })),
        })),
      })),
    ...(mediaIds.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...mediaIds), fc.option(words, { nil: '' }))
            .map(([mediaId, alt]) => ({
              type: 'image',
              attrs: { mediaId, alt, decorative: !alt },
            })),
        ]),
  );

/** Rich text as the editor stores it: one to four blocks, default attributes filled in. */
export const richTextArbitrary = (mediaIds: readonly string[]) =>
  fc.array(block(mediaIds), { minLength: 1, maxLength: 4 }).map((b) => editorDoc(...b));

/**
 * Who sees an item. Moodle can only say "everyone" (visible) or "some trainer roles" (hidden,
 * with overrides): participants without some trainer role, or nobody, cannot be expressed
 * (docs/mbz.md, Roles and visibility), so they are not generated.
 */
const visibleTo = fc.oneof(
  { arbitrary: fc.constant([...ALL_ROLES]), weight: 3 },
  fc.subarray<Role>(['formateur', 'tuteur', 'concepteur'], { minLength: 1 }),
);

/** What completion each type can carry through Moodle (the others are rewritten on export). */
const COMPLETIONS: Partial<Record<Activity['type'], readonly Completion[]>> = {
  // A label has no view: Moodle offers manual completion only.
  label: ['none', 'manual'],
  // View-only modules (view-completion.ts): "submitted"/"passing-grade" become "viewed".
  page: ['none', 'manual', 'viewed'],
  url: ['none', 'manual', 'viewed'],
  file: ['none', 'manual', 'viewed'],
  book: ['none', 'manual', 'viewed'],
  // No submission rule in a wiki, nor in the url a virtual class is written as.
  wiki: ['none', 'manual', 'viewed'],
  virtualClass: ['none', 'manual', 'viewed'],
};
const ALL_COMPLETIONS = completionSchema.options;

interface Context {
  target: MoodleTarget;
  mediaIds: readonly string[];
  questions: readonly Question[];
  categories: readonly QuestionCategory[];
}

const commonOf = (type: Activity['type'], ctx: Context) =>
  fc.record({
    title: words,
    intro: fc.option(richTextArbitrary(ctx.mediaIds), { nil: null }),
    estimatedMinutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    modality: fc.constantFrom(null, ...modalitySchema.options),
    completion: fc.constantFrom(...(COMPLETIONS[type] ?? ALL_COMPLETIONS)),
    visibleTo,
  });

/** The type's own fields (the existing codec arbitraries where there are some). */
const ownFields = (type: Activity['type'], ctx: Context): fc.Arbitrary<Record<string, unknown>> => {
  const rich = richTextArbitrary(ctx.mediaIds);
  switch (type) {
    case 'page':
      return fc.record({ content: rich });
    case 'label':
      return fc.record({
        content: rich,
        variant: fc.constantFrom(...labelVariantSchema.options),
      });
    case 'url':
      return fc.record({
        url: fc.constantFrom(null, 'https://eduscol.education.fr/', 'http://example.org/?b=1&c=2'),
        display: fc.constantFrom('auto', 'embed', 'open', 'new-window'),
      });
    case 'file':
      return fc.record({
        mediaId: fc.constantFrom(...ctx.mediaIds),
        display: fc.constantFrom('auto', 'embed', 'download', 'new-window'),
      });
    case 'book':
      return fc
        .array(fc.record({ title: words, subchapter: fc.boolean(), content: rich }), {
          maxLength: 4,
        })
        .map((chapters) => ({
          // Moodle's first chapter cannot be a subchapter.
          chapters: chapters.map((c, i) => ({
            ...c,
            id: `c${String(i)}`,
            subchapter: i > 0 && c.subchapter,
          })),
        }));
    case 'quiz':
      return quizFields(ctx);
    case 'forum':
      return forumArbitrary;
    case 'wiki':
      return wikiArbitrary;
    case 'glossary':
      return glossaryArbitrary;
    case 'assignment':
      return assignmentArbitrary;
    case 'choice':
      return choiceArbitrary;
    case 'feedback':
      return feedbackArbitrary;
    case 'virtualClass':
      return virtualClassArbitrary;
    case 'logbook':
      return logbookArbitrary.chain((l) =>
        fc.option(rich, { nil: null }).map((prompts) => ({ ...l, prompts })),
      );
    case 'foreign':
      return fc.constant({});
  }
};

const slotQuestion = (ctx: Context) =>
  fc.oneof(
    ...(ctx.questions.length === 0
      ? []
      : [fc.constantFrom(...ctx.questions).map((q) => ({ kind: 'fixed', questionId: q.id }))]),
    fc.record({
      kind: fc.constant('random'),
      categoryId: fc.constantFrom(...ctx.categories.map((c) => c.id)),
      includeSubcategories: fc.boolean(),
      // 4.1 looks a random slot's tags up by the source site's ids, which a backup cannot know:
      // they are written for 4.5 only (write-quiz-slots.ts).
      tags: ctx.target === '4.1' ? fc.constant([]) : fc.subarray(['alpha', 'béta']),
    }),
  );

/** A quiz: fixed slots on the bank's questions, random slots on its categories, settings. */
const quizFields = (ctx: Context) =>
  fc
    .record({
      slots: fc.array(
        fc.record({
          newPage: fc.boolean(),
          maxMark: fc.constantFrom(1, 2, 0.5, 10),
          requirePrevious: fc.boolean(),
          question: slotQuestion(ctx),
        }),
        { maxLength: 5 },
      ),
      heading: fc.option(words, { nil: '' }),
      shuffleQuestions: fc.boolean(),
      purpose: fc.constantFrom('knowledge', 'positioning'),
      navMethod: fc.constantFrom('free', 'sequential'),
      shuffleAnswers: fc.boolean(),
      preferredBehaviour: fc.constantFrom('deferredfeedback', 'interactive', 'immediatecbm'),
      attempts: fc.integer({ min: 0, max: 5 }),
      gradeMethod: fc.constantFrom('highest', 'average', 'first', 'last'),
      maxGrade: fc.integer({ min: 1, max: 100 }),
      pass: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      decimalPoints: fc.integer({ min: 0, max: 5 }),
      timeLimitMinutes: fc.option(fc.integer({ min: 1, max: 180 }), { nil: null }),
    })
    .map(({ slots, heading, shuffleQuestions, pass, ...settings }) => {
      let page = 1;
      return {
        ...settings,
        gradeToPass: pass === null ? null : Math.min(pass, settings.maxGrade),
        sections: [{ firstSlot: 1, heading, shuffleQuestions }],
        slots: slots.map((s, i) => {
          if (i > 0 && s.newPage) page += 1;
          return {
            id: `slot${String(i)}`,
            page,
            maxMark: s.maxMark,
            requirePrevious: s.requirePrevious,
            question: s.question,
          };
        }),
      };
    });

/** The types Moodle holds: `foreign` only ever comes from an import. */
const TYPES = activitySchema.options
  .map((o) => o.shape.type.value)
  .filter((t): t is Exclude<Activity['type'], 'foreign'> => t !== 'foreign');

const activityArbitrary = (ctx: Context) =>
  fc
    .constantFrom(...TYPES)
    .chain((type) => fc.tuple(fc.constant(type), ownFields(type, ctx), commonOf(type, ctx)))
    .map(([type, own, common]) => {
      const fields: Record<string, unknown> = { ...own, ...common, type };
      // A label's content is its Moodle intro: it has no description of its own.
      if (type === 'label') fields['intro'] = null;
      // A feedback "completed when submitted" is Moodle's completionsubmit.
      if (type === 'feedback' && common.completion === 'submitted')
        fields['completionSubmit'] = true;
      return fields;
    });

/** The bank: a tree of course categories, the questions grouped by category in its order. */
const bankArbitrary = (mediaIds: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(words, fc.nat(), fc.option(fc.constant('html'), { nil: null })), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.array(fc.tuple(bankQuestionArbitrary, fc.nat()), { maxLength: 5 }),
    )
    .map(([cats, drafts]) => {
      const categories = cats.map(([name, parent, info], i) =>
        questionCategorySchema.parse({
          id: `cat${String(i)}`,
          name: `${String(i)} ${name}`,
          parentId: i === 0 ? null : `cat${String(parent % i)}`,
          info: { format: 'html', text: info === null ? '' : `<p>${String(i)}</p>`, files: [] },
          idnumber: info === null ? null : `cat-${String(i)}`,
        }),
      );
      // The bank arbitrary's files name fake media: each becomes one of the document's.
      const remap = (q: Question): Question =>
        JSON.parse(JSON.stringify(q), (key, value: unknown) =>
          key === 'mediaId' && typeof value === 'string'
            ? (mediaIds[value.length % mediaIds.length] ?? value)
            : value,
        ) as Question;
      const questions = drafts
        .map(([q, at], i) => ({
          ...remap(q),
          id: `q${String(i)}`,
          name: `${String(i)} ${q.name}`,
          categoryId: `cat${String(at % categories.length)}`,
        }))
        .sort((a, b) => Number(a.categoryId.slice(3)) - Number(b.categoryId.slice(3)));
      return { categories, questions };
    });

const indexationArbitrary = (mediaIds: readonly string[]) =>
  fc.record(
    {
      objectif: words,
      collection: fc.constantFrom('action', 'autoformation', 'volet-distant', null),
      publics: fc.array(words, { maxLength: 2 }),
      domaine: words,
      motsCles: fc.array(words, { maxLength: 3 }),
      accompagnement: words,
      rythme: words,
      vignetteMediaId: fc.option(fc.constantFrom(...mediaIds), { nil: null }),
      auteurs: fc.array(words, { maxLength: 2 }),
      validePar: words,
      origine: words,
      tempsDistanceMinutes: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
      tempsPresenceMinutes: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
      notesDeVersion: words,
    },
    { requiredKeys: [] },
  );

const sectionArbitrary = (ctx: Context) =>
  fc.record({
    title: words,
    summary: fc.option(richTextArbitrary(ctx.mediaIds), { nil: null }),
    modality: fc.constantFrom(...modalitySchema.options),
    phase: fc.oneof(
      fc.constant({ kind: 'none' }),
      fc.integer({ min: 1, max: 52 }).map((week) => ({ kind: 'week', week })),
      fc.integer({ min: 0, max: 365 }).map((days) => ({ kind: 'offset', days })),
    ),
    visibleTo,
    activities: fc.array(activityArbitrary(ctx), { maxLength: 6 }),
  });

/** An activity with its id, and ids of its chapters, slots and items unique in the document. */
const uniqueIds = (fields: Record<string, unknown>, id: string): Activity => {
  const inner = (value: unknown): string | null =>
    typeof value === 'string' ? `${id}-${value}` : null;
  const renamed = (key: string) =>
    Array.isArray(fields[key])
      ? {
          [key]: (fields[key] as Record<string, unknown>[]).map((x) => ({
            ...x,
            id: inner(x['id']),
            ...('dependItemId' in x ? { dependItemId: inner(x['dependItemId']) } : {}),
          })),
        }
      : {};
  return activitySchema.parse({
    ...fields,
    id,
    ...renamed('chapters'),
    ...renamed('slots'),
    ...renamed('items'),
  });
};

/**
 * A whole parcours made in Atelier for a Moodle version, and its media's bytes: the U2
 * property's `p`.
 */
export const parcoursArbitrary = (
  target: MoodleTarget,
): fc.Arbitrary<{ doc: ParcoursDocument; bytes: Map<string, Uint8Array> }> =>
  mediaArbitrary.chain((library) => {
    const mediaIds = library.map((m) => m.media.id);
    return bankArbitrary(mediaIds).chain((bank) => {
      const ctx: Context = { target, mediaIds, ...bank };
      return fc
        .record({
          title: words,
          shortName: fc.stringMatching(/^[A-Za-zÉ0-9][A-Za-z0-9_.-]{0,12}$/),
          declaredHours: fc.constantFrom(3, 6, 9, 1.5, 12),
          status: fc.constantFrom('construction', 'relecture', 'valide', 'publie', 'archive'),
          version: fc.tuple(fc.nat(9), fc.nat(20)).map(([a, b]) => `${String(a)}.${String(b)}`),
          indexation: indexationArbitrary(mediaIds),
          sections: fc.array(sectionArbitrary(ctx), { minLength: 1, maxLength: 6 }),
        })
        .map(({ sections, ...parcours }) => {
          const body = {
            parcours: parcoursSchema.parse({ ...parcours, id: 'gen-parcours' }),
            sections: sections.map(({ activities, ...section }, s) => ({
              section: sectionSchema.parse({ ...section, id: `gen-s${String(s)}` }),
              activities: activities.map((a, i) => uniqueIds(a, `gen-s${String(s)}a${String(i)}`)),
            })),
            bank: { categories: [...bank.categories], questions: [...bank.questions] },
          };
          // The document holds the media it uses, as the core gives it.
          const used = JSON.stringify(body);
          const media: Media[] = library
            .map((m) => m.media)
            .filter((m) => used.includes(m.id))
            .sort((a, b) => (a.id < b.id ? -1 : 1));
          const doc: ParcoursDocument = { ...body, media };
          return { doc, bytes: new Map(library.map((m) => [m.media.id, m.bytes])) };
        });
    });
  });
