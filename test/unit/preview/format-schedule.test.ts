import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/renderer/preview/format-date-time';
import { formatMinutes } from '../../../src/renderer/preview/format-minutes';
import { formatSchedule } from '../../../src/renderer/preview/format-schedule';

/** A stand-in for i18next's t: the key and its values, to check what is asked for. */
const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values ? JSON.stringify(values) : ''}`) as unknown as TFunction;

describe('preview formats', () => {
  it('a virtual class on a date is written in French, in the reader’s time zone', () => {
    const at = '2025-03-14T16:30:00+01:00';
    expect(formatSchedule({ kind: 'date', at }, 'fr', t)).toBe(
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short' }).format(
        new Date(at),
      ),
    );
  });

  it('a day after the start and a date to come are asked of the translations', () => {
    expect(formatSchedule({ kind: 'offset', days: 8, time: '17:00' }, 'fr', t)).toBe(
      'preview.schedule.offset{"days":8,"time":"17:00"}',
    );
    expect(formatSchedule({ kind: 'unplanned' }, 'fr', t)).toBe('preview.schedule.unplanned');
  });

  it('a text that is not a date is shown as it is', () => {
    expect(formatDateTime('bientôt', 'fr')).toBe('bientôt');
  });

  it('times under an hour in minutes, longer ones in hours and minutes', () => {
    expect(formatMinutes(20, t)).toBe('preview.time.minutes{"count":20}');
    expect(formatMinutes(120, t)).toBe('preview.time.hours{"hours":2}');
    expect(formatMinutes(75, t)).toBe('preview.time.hoursMinutes{"hours":1,"minutes":"15"}');
  });
});
