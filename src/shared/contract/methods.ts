import { z } from 'zod';
import { activitySchema, activityTypeSchema } from '../domain/activity';
import { idSchema } from '../domain/ids';
import { outlineSchema } from '../domain/outline';
import { parcoursSchema, shortNameSchema } from '../domain/parcours';
import {
  historyStateSchema,
  parcoursSummarySchema,
  projectSummarySchema,
  recentProjectSchema,
  snapshotSchema,
} from '../domain/project';
import { mediaSchema, mediaWithUsageSchema } from '../domain/media';
import { sectionSchema } from '../domain/section';
import { templateSummarySchema } from '../domain/template-summary';
import { questionSchema } from '../domain/question';
import { questionCategorySchema } from '../domain/question-category';
import { questionCategoryNodeSchema } from '../domain/question-category-node';
import { questionDraftSchema } from '../domain/question-draft';
import { questionExportReportSchema } from '../domain/question-export-report';
import { questionImportResultSchema } from '../domain/question-import-result';
import { questionSummarySchema, questionTypeSchema } from '../domain/question-summary';
import { dialogMethods } from './methods-dialog';
import { exchangeMethods } from './methods-exchange';
import { previewMethods } from './methods-preview';
import { questionResponseSchema } from '../scoring/question-response';
import { scoreResultSchema } from '../scoring/score-result';

const empty = z.object({}).strict();
const path = z.string().min(1).max(4096);
const title = z.string().trim().min(1).max(255);
const index = z.number().int().min(0).max(1_000_000);
const ids = z.array(idSchema).min(1).max(5_000);
const mediaId = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The editable fields of a section. Defaults are removed: zod 4 applies a field's default
 * even inside `.partial()`, so `{ title }` would otherwise reset every other field.
 */
export const sectionPatchSchema = z
  .object({
    title: sectionSchema.shape.title,
    summary: sectionSchema.shape.summary.unwrap(),
    modality: sectionSchema.shape.modality.unwrap(),
    phase: sectionSchema.shape.phase.unwrap(),
    visibleTo: sectionSchema.shape.visibleTo.unwrap(),
  })
  .partial()
  .strict();
/** The editable fields of a parcours (defaults removed, see above); `indexation` is replaced whole. */
export const parcoursPatchSchema = z
  .object({
    title: parcoursSchema.shape.title,
    shortName: parcoursSchema.shape.shortName,
    declaredHours: parcoursSchema.shape.declaredHours.unwrap(),
    indexation: parcoursSchema.shape.indexation.unwrap(),
    kind: parcoursSchema.shape.kind.unwrap(),
  })
  .partial()
  .strict();

/** The editable fields of a question category (defaults removed, see above). */
export const questionCategoryPatchSchema = z
  .object({
    name: questionCategorySchema.shape.name,
    info: questionCategorySchema.shape.info.unwrap(),
    idnumber: questionCategorySchema.shape.idnumber.unwrap(),
    /** Moves the category under another of the same parcours (null: a root); no cycles. */
    parentId: idSchema.nullable(),
  })
  .partial()
  .strict();

const questionFormat = z.enum(['gift', 'moodle-xml']);
const tag = z.string().trim().min(1).max(100);

/**
 * THE api. Each method is one entry here, one handler in `src/main/core/handlers`, one test.
 * Inputs are parsed at the dispatcher; outputs are parsed before they leave the core.
 */
export const methods = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      nativeDialogs: z.boolean(),
      defaultProjectDir: z.string(),
    }),
  },
  'project.create': {
    input: z.object({ path, title: title.optional() }).strict(),
    output: projectSummarySchema,
  },
  'project.open': { input: z.object({ path }).strict(), output: projectSummarySchema },
  /** Copies a snapshot to a new file and opens the copy: the damaged file is never touched. */
  'project.openSnapshotCopy': {
    input: z.object({ snapshotPath: path, targetPath: path.optional() }).strict(),
    output: projectSummarySchema,
  },
  'project.current': { input: empty, output: projectSummarySchema.nullable() },
  'project.close': { input: empty, output: z.null() },
  'project.rename': { input: z.object({ title }).strict(), output: projectSummarySchema },
  'project.recent': { input: empty, output: z.array(recentProjectSchema) },
  'project.forgetRecent': { input: z.object({ path }).strict(), output: z.null() },
  /** Snapshots of the open project, or of `path` when a damaged file could not be opened. */
  'snapshot.list': {
    input: z.object({ path: path.optional() }).strict(),
    output: z.array(snapshotSchema),
  },
  'snapshot.create': { input: empty, output: snapshotSchema },
  'snapshot.restore': {
    input: z.object({ id: z.string().min(1).max(255) }).strict(),
    output: projectSummarySchema,
  },
  'parcours.create': {
    input: z
      .object({
        title,
        shortName: shortNameSchema,
        declaredHours: z.number().min(0.5).max(200).default(3),
      })
      .strict(),
    output: parcoursSummarySchema,
  },
  'parcours.update': {
    input: z.object({ id: idSchema, patch: parcoursPatchSchema }).strict(),
    output: parcoursSchema,
  },
  'parcours.delete': { input: z.object({ id: idSchema }).strict(), output: z.null() },
  'parcours.outline': { input: z.object({ id: idSchema }).strict(), output: outlineSchema },
  'section.create': {
    input: z.object({ parcoursId: idSchema, title, index: index.optional() }).strict(),
    output: sectionSchema,
  },
  'section.update': {
    input: z.object({ id: idSchema, patch: sectionPatchSchema }).strict(),
    output: sectionSchema,
  },
  'section.move': { input: z.object({ id: idSchema, toIndex: index }).strict(), output: z.null() },
  'section.delete': { input: z.object({ id: idSchema }).strict(), output: z.null() },
  'activity.create': {
    input: z
      .object({ sectionId: idSchema, type: activityTypeSchema, title, index: index.optional() })
      .strict(),
    output: activitySchema,
  },
  'activity.get': { input: z.object({ id: idSchema }).strict(), output: activitySchema },
  /** `patch` is merged into the activity and the result checked against its type's schema. */
  'activity.update': {
    input: z.object({ id: idSchema, patch: z.record(z.string().max(64), z.unknown()) }).strict(),
    output: activitySchema,
  },
  'activity.move': {
    input: z.object({ id: idSchema, sectionId: idSchema, toIndex: index }).strict(),
    output: z.null(),
  },
  'activity.delete': { input: z.object({ id: idSchema }).strict(), output: z.null() },
  /**
   * Copies of sections and activities land right after their original, with the same
   * settings, new ids (book chapters too) and the title suffixed " (copie)".
   */
  'section.duplicate': { input: z.object({ id: idSchema }).strict(), output: sectionSchema },
  /** Copies a section and its activities to the end of another (or the same) parcours; titles kept. */
  'section.copyTo': {
    input: z.object({ id: idSchema, parcoursId: idSchema }).strict(),
    output: sectionSchema,
  },
  'activity.duplicate': { input: z.object({ id: idSchema }).strict(), output: activitySchema },
  /**
   * Moves several activities (in the order given) to `toIndex` of a section, as one undo
   * step. `toIndex` counts the section's activities that are not moved.
   */
  'activity.moveMany': {
    input: z.object({ ids, sectionId: idSchema, toIndex: index }).strict(),
    output: z.null(),
  },
  'activity.deleteMany': { input: z.object({ ids }).strict(), output: z.null() },
  /** Copies activities into a section of any parcours of the project (at the end by default); titles kept. */
  'activity.copyTo': {
    input: z.object({ ids, sectionId: idSchema, index: index.optional() }).strict(),
    output: z.array(activitySchema),
  },
  /** Shipped gabarits and the project's parcours marked as gabarit (`kind: 'template'`). */
  'template.list': { input: empty, output: z.array(templateSummarySchema) },
  'parcours.createFromTemplate': {
    input: z
      .object({
        templateId: z.string().min(1).max(64),
        source: z.enum(['shipped', 'project']),
        title: title.optional(),
        shortName: shortNameSchema.optional(),
      })
      .strict(),
    output: parcoursSummarySchema,
  },
  /** Every medium of the project with the places it is used. */
  'media.list': { input: empty, output: z.array(mediaWithUsageSchema) },
  /** Chunked upload: the renderer streams a file without ever holding it whole. */
  'media.uploadBegin': {
    input: z
      .object({
        name: z.string().min(1).max(255),
        mime: z.string().min(1).max(255),
        sizeBytes: z
          .number()
          .int()
          .min(0)
          .max(8 * 1024 ** 3),
      })
      .strict(),
    output: z.object({ uploadId: z.string() }),
  },
  'media.uploadChunk': {
    input: z
      .object({
        uploadId: z.string().min(1).max(64),
        index: z.number().int().min(0),
        dataBase64: z.string().max(2 * 1024 * 1024),
      })
      .strict(),
    output: z.object({ receivedBytes: z.number().int() }),
  },
  'media.uploadFinish': {
    input: z
      .object({
        uploadId: z.string().min(1).max(64),
        alt: z.string().max(1_000).optional(),
        decorative: z.boolean().optional(),
        width: z.number().int().min(0).nullable().optional(),
        height: z.number().int().min(0).nullable().optional(),
      })
      .strict(),
    output: mediaSchema,
  },
  'media.uploadCancel': {
    input: z.object({ uploadId: z.string().min(1).max(64) }).strict(),
    output: z.null(),
  },
  /** Imports a file from a path the host gave (native dialog, CLI). */
  'media.importFile': {
    input: z
      .object({ path, alt: z.string().max(1_000).optional(), decorative: z.boolean().optional() })
      .strict(),
    output: mediaSchema,
  },
  'media.update': {
    input: z
      .object({
        id: mediaId,
        patch: z
          .object({
            name: z.string().min(1).max(255),
            alt: z.string().max(1_000),
            decorative: z.boolean(),
            captionsMediaId: mediaId.nullable(),
            author: z.string().max(255),
            licence: z.string().max(100),
          })
          .partial()
          .strict(),
      })
      .strict(),
    output: mediaSchema,
  },
  /** A small PNG preview made by the renderer (it can decode images and video frames). */
  'media.setThumbnail': {
    input: z.object({ id: mediaId, pngBase64: z.string().max(400_000) }).strict(),
    output: mediaSchema,
  },
  /** Refused with `conflict` while the medium is used somewhere. */
  'media.delete': { input: z.object({ id: mediaId }).strict(), output: z.null() },
  /** The bank's categories of a parcours, parents first, with their question counts. */
  'questionCategory.list': {
    input: z.object({ parcoursId: idSchema }).strict(),
    output: z.array(questionCategoryNodeSchema),
  },
  'questionCategory.create': {
    input: z
      .object({
        parcoursId: idSchema,
        parentId: idSchema.nullable(),
        name: questionCategorySchema.shape.name,
        info: questionCategorySchema.shape.info.unwrap().optional(),
      })
      .strict(),
    output: questionCategorySchema,
  },
  'questionCategory.update': {
    input: z.object({ id: idSchema, patch: questionCategoryPatchSchema }).strict(),
    output: questionCategorySchema,
  },
  /** Refused with `conflict` while the category holds questions or subcategories. */
  'questionCategory.delete': { input: z.object({ id: idSchema }).strict(), output: z.null() },
  /**
   * The bank's questions of a parcours, filtered: a category (with its subcategories when
   * asked), a search in names, texts and tags (accents and case ignored), every tag given, a type.
   */
  'question.list': {
    input: z
      .object({
        parcoursId: idSchema,
        categoryId: idSchema.optional(),
        includeSubcategories: z.boolean().default(false),
        search: z.string().max(255).optional(),
        tags: z.array(tag).max(20).optional(),
        type: questionTypeSchema.optional(),
      })
      .strict(),
    output: z.array(questionSummarySchema),
  },
  /** Every tag used in the bank of a parcours, sorted, for the filters. */
  'question.tags': {
    input: z.object({ parcoursId: idSchema }).strict(),
    output: z.array(z.string()),
  },
  'question.get': { input: z.object({ id: idSchema }).strict(), output: questionSchema },
  'question.create': {
    input: z
      .object({ parcoursId: idSchema, categoryId: idSchema, question: questionDraftSchema })
      .strict(),
    output: questionSchema,
  },
  /**
   * Replaces the whole question (`question.id` must be `id`); its `categoryId` may move it to
   * another category of the same parcours.
   */
  'question.update': {
    input: z.object({ id: idSchema, question: questionSchema }).strict(),
    output: questionSchema,
  },
  /** A copy in the same category, named "… (copie)". */
  'question.duplicate': { input: z.object({ id: idSchema }).strict(), output: questionSchema },
  /**
   * Refused with `conflict` (details: `usedBy`, the quiz activities) while a quiz uses one of
   * them, unless `force`: then the quizzes' slots for them are removed in the same undo step.
   */
  'question.delete': {
    input: z.object({ ids, force: z.boolean().default(false) }).strict(),
    output: z.null(),
  },
  /**
   * Imports a GIFT or Moodle XML file's text into the bank of a parcours (one undo step, a
   * snapshot first). Categories are found or created by path under `categoryId` (or at the
   * root); questions Moodle would refuse are reported with their line and reason.
   */
  'question.import': {
    input: z
      .object({
        parcoursId: idSchema,
        format: questionFormat,
        content: z.string().max(20 * 1024 * 1024),
        categoryId: idSchema.optional(),
      })
      .strict(),
    output: questionImportResultSchema,
  },
  /** Writes the bank (or a category with its subcategories, or some questions) as a file's text. */
  'question.export': {
    input: z
      .object({
        parcoursId: idSchema,
        format: questionFormat,
        categoryId: idSchema.optional(),
        questionIds: z.array(idSchema).min(1).max(10_000).optional(),
      })
      .strict(),
    output: z.object({ content: z.string(), report: questionExportReportSchema }),
  },
  /**
   * Scores tries at a stored question with Moodle's arithmetic (`scoreAttempts` of
   * src/shared/scoring): each try's result, and the best try after penalties.
   */
  'question.score': {
    input: z
      .object({ id: idSchema, responses: z.array(questionResponseSchema).min(1).max(100) })
      .strict(),
    output: z.object({
      fraction: z.number().nullable(),
      mark: z.number().nullable(),
      tries: z.array(scoreResultSchema),
    }),
  },
  'history.state': { input: empty, output: historyStateSchema },
  'history.undo': { input: empty, output: historyStateSchema },
  'history.redo': { input: empty, output: historyStateSchema },
  ...dialogMethods,
  ...exchangeMethods,
  ...previewMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
