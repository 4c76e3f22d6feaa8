import { z } from 'zod';

/** The formats a whole parcours is written to and read from. */
export const exchangeFormatSchema = z.enum(['mbz', 'folder']);
export type ExchangeFormat = z.infer<typeof exchangeFormatSchema>;

/**
 * What a parcours can be exported to: the exchange formats, and the review package (one
 * HTML file with its media inside, or a zip of the HTML and a media folder for large media).
 */
export const exportFormatSchema = z.enum(['mbz', 'folder', 'review', 'review-zip']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The Moodle versions a backup targets (4.1: M@gistère; 4.5: the current LTS). */
export const moodleTargetSchema = z.enum(['4.1', '4.5']);

/** One line of an import or export report: what happened to an item, and why, FR and EN. */
export const exchangeReportEntrySchema = z.object({
  /** mapped: became the model's own; kept: kept whole, written back unchanged; refused; info. */
  status: z.enum(['mapped', 'kept', 'refused', 'info']),
  /** What the entry is about: "Section 2", "Quiz « Vérifier ses acquis »", "files.xml"… */
  item: z.string().max(1000),
  message: z.string().max(4000),
  messageEn: z.string().max(4000),
});
export type ExchangeReportEntry = z.infer<typeof exchangeReportEntrySchema>;

export const exchangeReportSchema = z.object({
  entries: z.array(exchangeReportEntrySchema).max(100_000),
});
export type ExchangeReport = z.infer<typeof exchangeReportSchema>;

/** Where a long job stands; `total` null while unknown. */
export const jobProgressSchema = z.object({
  jobId: z.string().min(1).max(100),
  /** A short French label of the current step ("Lecture du projet", "Écriture de l'archive"…). */
  phase: z.string().max(200),
  phaseEn: z.string().max(200),
  done: z.number().min(0),
  total: z.number().min(0).nullable(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

/** What an export or import gives back when it is done. */
export const jobResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('export'),
    path: z.string(),
    bytes: z.number().int().min(0),
    report: exchangeReportSchema,
  }),
  z.object({
    kind: z.literal('import'),
    parcoursId: z.string(),
    title: z.string(),
    shortName: z.string(),
    /** True when the import replaced a parcours of the project with the same id (a folder). */
    replaced: z.boolean(),
    report: exchangeReportSchema,
  }),
]);
export type JobResult = z.infer<typeof jobResultSchema>;
