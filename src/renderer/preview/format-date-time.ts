import { dateLocale } from './date-locale';

/**
 * An ISO 8601 instant in the reader's language and time zone ("14 mars 2025 à 10:30"); the text
 * as given when it is not a date, rather than no page at all.
 */
export const formatDateTime = (
  iso: string,
  language: string,
  dateStyle: 'full' | 'long' = 'long',
): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle, timeStyle: 'short' }).format(
    date,
  );
};
