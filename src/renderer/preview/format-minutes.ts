import type { TFunction } from 'i18next';

/** An estimated time as the course page shows it: "20 min", "1 h 30", "3 h". */
export const formatMinutes = (minutes: number, t: TFunction): string => {
  if (minutes < 60) return t('preview.time.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? t('preview.time.hours', { hours })
    : t('preview.time.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
};
