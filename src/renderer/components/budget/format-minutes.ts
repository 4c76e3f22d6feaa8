import type { TFunction } from 'i18next';

/** A duration as authors say it: "45 min", "3 h", "3 h 45". */
export const formatMinutes = (minutes: number, t: TFunction): string => {
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t('content.duration.minutes', { minutes: rest });
  if (rest === 0) return t('content.duration.hours', { hours });
  return t('content.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
};
