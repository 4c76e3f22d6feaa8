/** A mark with at most two decimals (Moodle's default), in the interface's number format. */
export const formatMark = (mark: number, language = 'fr'): string =>
  (Math.round(mark * 100) / 100).toLocaleString(language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    maximumFractionDigits: 2,
  });
