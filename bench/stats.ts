/** Small statistics helpers shared by the benches (nearest-rank quantiles). */
export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

export const round = (value: number): number => Math.round(value * 100) / 100;

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const p95 = (values: readonly number[]): number => quantile(values, 0.95);
