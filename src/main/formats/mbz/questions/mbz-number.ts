/**
 * Numbers as Moodle's backup writes its decimal columns: marks, penalties and fractions with 7
 * decimals (`1.0000000`), quiz grades with 5 (`20.00000`).
 */
export const mbzDecimal = (value: number, decimals: 5 | 7): string =>
  (Object.is(value, -0) ? 0 : value).toFixed(decimals);
