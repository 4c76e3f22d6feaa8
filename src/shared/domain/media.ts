import { z } from 'zod';

/** What kind of file a medium is; decides how it is shown, previewed and exported. */
export const mediaKindSchema = z.enum(['image', 'video', 'audio', 'pdf', 'other']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/**
 * A file of the project's media library. Content-addressed: `id` is the sha256 of the bytes,
 * so importing the same file twice gives the same medium.
 */
export const mediaSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(255),
  mime: z.string().min(1).max(255),
  kind: mediaKindSchema,
  sizeBytes: z.number().int().min(0),
  width: z.number().int().min(0).nullable(),
  height: z.number().int().min(0).nullable(),
  /** Alternative text; required for images unless `decorative`. */
  alt: z.string().max(1_000),
  decorative: z.boolean(),
  /** Captions or transcript of a video or audio medium (another medium). */
  captionsMediaId: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hasThumbnail: z.boolean(),
  createdAt: z.iso.datetime(),
  /** Who made it (Moodle's file `author`); empty when not stated. */
  author: z.string().max(255).default(''),
  /** Its licence, as a Moodle licence short name (`MOODLE_LICENCES` or a site's own); empty when not stated. */
  licence: z.string().max(100).default(''),
});
export type Media = z.infer<typeof mediaSchema>;

/** The licences Moodle 4.1 to 4.5 ship (`license` short names), in the order Moodle lists them. */
export const MOODLE_LICENCES = [
  'unknown',
  'allrightsreserved',
  'public',
  'cc-4.0',
  'cc-nc-4.0',
  'cc-nd-4.0',
  'cc-nc-nd-4.0',
  'cc-nc-sa-4.0',
  'cc-sa-4.0',
] as const;

/** One place a medium is used. */
export const mediaUsageSchema = z.object({
  parcoursId: z.string(),
  parcoursTitle: z.string(),
  entity: z.enum(['activity', 'section', 'indexation', 'question']),
  entityId: z.string(),
  entityTitle: z.string(),
});
export type MediaUsage = z.infer<typeof mediaUsageSchema>;

export const mediaWithUsageSchema = mediaSchema.extend({ usage: z.array(mediaUsageSchema) });
export type MediaWithUsage = z.infer<typeof mediaWithUsageSchema>;

/** Bytes per upload chunk: small enough for any transport frame, large enough to be quick. */
export const MEDIA_CHUNK_BYTES = 1024 * 1024;
