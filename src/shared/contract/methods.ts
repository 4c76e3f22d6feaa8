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
  'dialog.openProject': { input: empty, output: z.object({ path: z.string().nullable() }) },
  'dialog.saveProject': {
    input: z.object({ suggestedName: z.string().max(255) }).strict(),
    output: z.object({ path: z.string().nullable() }),
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
  'history.state': { input: empty, output: historyStateSchema },
  'history.undo': { input: empty, output: historyStateSchema },
  'history.redo': { input: empty, output: historyStateSchema },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
