import { PREVIEW_MODEL_FORMAT, type PreviewModel } from '../../shared/preview/preview-model';

/** What the site has to show: a model, or why it cannot show one. */
export type LoadedModel =
  | { kind: 'waiting' }
  | { kind: 'model'; model: PreviewModel }
  | { kind: 'error'; reason: 'unreadable' }
  | { kind: 'error'; reason: 'format'; found: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `value` is a model this site reads: its `format` says so (a package made by another
 * version of Atelier says otherwise) and its outer shape is there. The model is made by the
 * core from a checked project; only its version is in doubt here.
 */
export const checkPreviewModel = (value: unknown): LoadedModel => {
  if (!isRecord(value)) return { kind: 'error', reason: 'unreadable' };
  const format = value['format'];
  if (format !== PREVIEW_MODEL_FORMAT)
    return { kind: 'error', reason: 'format', found: typeof format === 'string' ? format : null };
  const shaped =
    isRecord(value['parcours']) &&
    Array.isArray(value['sections']) &&
    isRecord(value['questions']) &&
    isRecord(value['randomPools']) &&
    isRecord(value['media']);
  return shaped
    ? { kind: 'model', model: value as unknown as PreviewModel }
    : { kind: 'error', reason: 'unreadable' };
};
