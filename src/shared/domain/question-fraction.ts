/**
 * Moodle's fixed list of answer grades (`question_bank::fraction_options_full()`), as fractions.
 * Negative grades go down to -1. A GIFT or XML fraction outside this list is refused on import.
 */
export const MOODLE_FRACTIONS: readonly number[] = (() => {
  const positive = [
    1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
    0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05,
  ];
  return [...positive, 0, ...positive.map((value) => -value)];
})();

/** The importer's match tolerance: 0.001 % of the mark. */
const TOLERANCE = 0.00001;

/** The list value `fraction` stands for, or null when Moodle would refuse it. */
export const matchMoodleFraction = (fraction: number): number | null =>
  MOODLE_FRACTIONS.find((option) => Math.abs(option - fraction) < TOLERANCE) ?? null;
