const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

/**
 * A leading `%n%` weight, as Moodle reads it (the regex allows two digits before the point, so
 * `%100%` matches as 10 + 0). Returns null when there is none, NaN when it is not a number.
 */
export const giftWeight = (answer: string): { weight: number; rest: string } | null => {
  if (!WEIGHT.test(answer)) return null;
  const body = answer.slice(1);
  const end = body.indexOf('%');
  const raw = body.slice(0, end);
  const weight = /^-?\d+(\.\d*)?$/.test(raw) ? Number(raw) / 100 : Number.NaN;
  return { weight, rest: body.slice(end + 1) };
};
