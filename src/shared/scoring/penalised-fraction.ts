/**
 * A graded try's fraction once the question's penalty is taken for each try before it, floored
 * at 0 (Moodle's interactive `adjust_fraction` and adaptive `adjusted_fraction`).
 */
export const penalisedFraction = (fraction: number, penalty: number, triesBefore: number): number =>
  Math.max(0, fraction - penalty * triesBefore);
