import { describe, expect, it } from 'vitest';
import { fullNumericDate } from '../../../src/ingest/analyse/dates/numeric.js';

describe('fullNumericDate (full numeric dates read without chrono)', () => {
  it('reads month/day/year as US English does, a two-digit year 51–99 as 19xx and 00–50 as 20xx', () => {
    expect(fullNumericDate('7/8/07')).toEqual({ year: 2007, month: 7, day: 8 });
    expect(fullNumericDate('12/31/99')).toEqual({ year: 1999, month: 12, day: 31 });
    expect(fullNumericDate('02/29/2024')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads ISO dates', () => {
    expect(fullNumericDate('2008-03-06')).toEqual({ year: 2008, month: 3, day: 6 });
  });

  it('leaves every other shape to chrono: no year, a month above 12, an impossible day', () => {
    expect(fullNumericDate('7/8')).toBeUndefined();
    expect(fullNumericDate('13/5/07')).toBeUndefined();
    expect(fullNumericDate('2/29/2023')).toBeUndefined();
    expect(fullNumericDate('2008-13-01')).toBeUndefined();
    expect(fullNumericDate('7.8.07')).toBeUndefined();
  });
});
