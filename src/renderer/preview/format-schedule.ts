import type { TFunction } from 'i18next';
import type { Activity } from '../../shared/domain/activity';
import { formatDateTime } from './format-date-time';

type Schedule = Extract<Activity, { type: 'virtualClass' }>['schedule'];

/** When a virtual class takes place: a date and time, a day after the start, or "to come". */
export const formatSchedule = (schedule: Schedule, language: string, t: TFunction): string => {
  if (schedule.kind === 'date') return formatDateTime(schedule.at, language, 'full');
  if (schedule.kind === 'offset')
    return t('preview.schedule.offset', { days: schedule.days, time: schedule.time });
  return t('preview.schedule.unplanned');
};
