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
import { sectionSchema } from '../domain/section';

const empty = z.object({}).strict();
const path = z.string().min(1).max(4096);
const title = z.string().trim().min(1).max(255);
const index = z.number().int().min(0).max(1_000_000);

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
