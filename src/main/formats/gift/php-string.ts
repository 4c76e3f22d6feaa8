const PHP_TRIM = /^[ \t\n\r\v\0]+|[ \t\n\r\v\0]+$/g;
const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;

/**
 * The few PHP string semantics Moodle's formats depend on: `trim()` only strips ASCII blanks,
 * `empty('0')` is true, `is_numeric()` refuses a decimal comma, and floats print with 14
 * significant digits (`precision`).
 */
export const php = {
  trim: (value: string): string => value.replace(PHP_TRIM, ''),
  empty: (value: string | undefined): boolean =>
    value === undefined || value === '' || value === '0',
  isNumeric: (value: string): boolean => NUMERIC.test(value),
  float: (value: number): string => {
    if (Number.isInteger(value)) return String(value);
    const text = String(Number(value.toPrecision(14)));
    return text.replace(/^(-?)0\./, '$10.');
  },
};
