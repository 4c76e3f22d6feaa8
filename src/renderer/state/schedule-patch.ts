import type { ParsedDraft } from '../components/activity-settings/settings-text-field';

/**
 * A virtual class planned on a date and time typed in a `datetime-local` field (local
 * time), stored with its UTC offset as the schema wants.
 */
export const parseScheduleDate = (draft: string): ParsedDraft => {
  if (draft.trim() === '') return { error: 'outline.errors.dateRequired' };
  const date = new Date(draft);
  if (Number.isNaN(date.getTime())) return { error: 'outline.errors.date' };
  return { patch: { schedule: { kind: 'date', at: date.toISOString() } } };
};

/** The `datetime-local` value (local time) of a stored ISO date. */
export const toLocalInput = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
