import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../../bench/stats.js';

describe('percentile', () => {
  it('interpolates between closest ranks (R-7, NumPy default)', () => {
    const xs = [1, 2, 3, 4];
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(4);
    expect(percentile(xs, 50)).toBe(2.5);
    // rank = 0.95 × 3 = 2.85 → 3 + 0.85 × (4 − 3)
    expect(percentile(xs, 95)).toBeCloseTo(3.85, 10);
  });

  it('does not depend on input order and does not reorder the input', () => {
    const xs = [9, 1, 5, 3, 7];
    expect(percentile(xs, 50)).toBe(5);
    expect(xs).toEqual([9, 1, 5, 3, 7]);
  });

  it('refuses empty input, non-finite values and out-of-range p', () => {
    expect(() => percentile([], 50)).toThrow(/at least one value, got none/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/finite numbers/);
    expect(() => percentile([1], 101)).toThrow(/within 0\.\.100, got 101/);
  });
});

describe('median and summarise', () => {
  it('median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('spread is (max − min) / median in percent', () => {
    expect(summarise([90, 100, 110])).toEqual({ runs: 3, median: 100, min: 90, max: 110, spreadPct: 20 });
    expect(summarise([5]).spreadPct).toBe(0);
  });
});
