import { z } from 'zod';
import { idSchema } from './ids';
import { parcoursStatusSchema } from './parcours-status';

/** One line of the project's parcours list. `number` is the 1-based rank `--parcours` accepts. */
export const parcoursSummarySchema = z.object({
  id: idSchema,
  number: z.number().int().min(1),
  kind: z.enum(['parcours', 'template']),
  title: z.string(),
  shortName: z.string(),
  declaredHours: z.number(),
  status: parcoursStatusSchema,
  version: z.string(),
  sectionCount: z.number().int(),
  activityCount: z.number().int(),
});
export type ParcoursSummary = z.infer<typeof parcoursSummarySchema>;

/** The open project as the studio shows it. */
export const projectSummarySchema = z.object({
  path: z.string(),
  title: z.string(),
  schemaVersion: z.number().int(),
  /** Increases with every acknowledged edit, undo and redo. */
  revision: z.number().int(),
  parcours: z.array(parcoursSummarySchema),
  /** Set when the file sits where WAL is unsafe (network or cloud-synced folder). */
  locationWarning: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const recentProjectSchema = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.iso.datetime(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof recentProjectSchema>;

/** A copy of the project taken with SQLite's backup API. */
export const snapshotSchema = z.object({
  id: z.string(),
  path: z.string(),
  createdAt: z.iso.datetime(),
  reason: z.enum(['scheduled', 'before-migration', 'before-restore', 'before-import', 'manual']),
  sizeBytes: z.number().int(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What the history buttons can do now. */
export const historyStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof historyStateSchema>;
