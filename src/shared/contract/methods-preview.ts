import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { PREVIEW_MODEL_FORMAT, type PreviewModel } from '../preview/preview-model';

/**
 * The preview model is built by the core from validated rows and read by the preview site
 * only: its shape is the TypeScript type; the contract checks what it is, not every field.
 */
const previewModelSchema = z.custom<PreviewModel>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === PREVIEW_MODEL_FORMAT,
  { message: 'not a preview model' },
);

/** A medium's URL in the studio's preview model: the studio swaps in its own media URL. */
export const PREVIEW_MEDIA_PATH = '/__atelier_media__/';

/** The studio's preview of a parcours (the preview site in a sandboxed frame). */
export const previewMethods = {
  /**
   * The parcours as the preview site shows it (`PreviewModel`), every role at once; media
   * are linked as `PREVIEW_MEDIA_PATH<id>`, which the studio replaces by its media URL.
   */
  'preview.model': {
    input: z.object({ parcoursId: idSchema }).strict(),
    output: previewModelSchema,
  },
} as const;
