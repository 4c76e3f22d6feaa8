import type { ParsedDraft } from '../components/activity-settings/settings-text-field';

interface IntegerRule {
  min: number;
  max: number;
  /** An empty field saves null (no value) instead of being refused. */
  nullable: boolean;
  integer?: boolean;
}

/** A typed number checked the way the activity schema will check it, with a French reason. */
export const parseNumberSetting =
  (key: string, rule: IntegerRule) =>
  (draft: string): ParsedDraft => {
    const text = draft.trim().replace(',', '.');
    if (text === '')
      return rule.nullable ? { patch: { [key]: null } } : { error: 'outline.errors.required' };
    const n = Number(text);
    if (!Number.isFinite(n)) return { error: 'outline.errors.notANumber' };
    if ((rule.integer ?? true) && !Number.isInteger(n)) return { error: 'outline.errors.integer' };
    if (n < rule.min || n > rule.max)
      return { error: 'outline.errors.range', values: { min: rule.min, max: rule.max } };
    return { patch: { [key]: n } };
  };

/** An address: empty means none; otherwise it must start with http:// or https://. */
export const parseUrlSetting =
  (key: string) =>
  (draft: string): ParsedDraft => {
    const text = draft.trim();
    if (text === '') return { patch: { [key]: null } };
    if (!/^https?:\/\/\S+$/i.test(text)) return { error: 'outline.errors.url' };
    return { patch: { [key]: text } };
  };

/** A non-empty title. */
export const parseTitleSetting = (draft: string): ParsedDraft =>
  draft.trim() === ''
    ? { error: 'outline.errors.titleRequired' }
    : { patch: { title: draft.trim() } };
