const NUMBER = String.raw`([+-]?[\d\s\u00A0\u202F]*)(?:[.,](\d*))?(?:(?:e|E|(?:x|\*|×)10(?:\^|\*\*))([+-]?\d+))?`;
const AFTER = new RegExp(`^${NUMBER}`);
const BEFORE = new RegExp(`${NUMBER}$`);

/**
 * A numerical response split into its number and unit, as Moodle's answer processor does. A
 * French site writes a decimal comma and spaces between thousands, so both separators are read.
 * Returns null when there is no number.
 */
export const parseNumericResponse = (
  response: string,
  unitsLeft: boolean,
): { value: number; unit: string } | null => {
  const text = response.trim();
  const match = (unitsLeft ? BEFORE : AFTER).exec(text);
  if (!match) return null;
  const before = (match[1] ?? '').replace(/[\s\u00A0\u202F]/g, '');
  const decimals = match[2] ?? '';
  if (!/\d/.test(before + decimals)) return null;
  const exponent = match[3] ?? '0';
  const value = Number(
    `${before === '' || before === '+' || before === '-' ? `${before}0` : before}.${decimals}0e${exponent}`,
  );
  if (!Number.isFinite(value)) return null;
  const unit = unitsLeft ? text.slice(0, match.index) : text.slice(match[0].length);
  return { value, unit: unit.trim() };
};
