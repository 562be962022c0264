/**
 * Summaries of repeated measurements: the median, its spread, and percentiles.
 * Pure, so the numbers the benchmark prints can be checked by unit tests.
 */

/** Several runs of one measure, reduced to what the report prints. */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** (max − min) / median, in percent: how much the runs disagree. */
  spreadPct: number;
}

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

function requireValues(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`${what} needs at least one value, got none`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError(`${what} needs finite numbers, got ${values.join(', ')}`);
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks
 * (the "R-7" rule of R and NumPy's default), so p50 is the median.
 */
export function percentile(values: readonly number[], p: number): number {
  requireValues(values, 'percentile');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return s[low]! + (s[high]! - s[low]!) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function summarise(values: readonly number[]): Summary {
  requireValues(values, 'summarise');
  const s = sorted(values);
  const mid = median(s);
  const min = s[0]!;
  const max = s.at(-1)!;
  return { runs: s.length, median: mid, min, max, spreadPct: mid === 0 ? 0 : (100 * (max - min)) / Math.abs(mid) };
}
