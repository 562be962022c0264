import { describe, expect, it } from 'vitest';
import { normalisePublished } from '../../../src/ingest/read/index.js';

describe('normalisePublished', () => {
  it.each([
    ['2026-03-06', '2026-03-06'],
    ['2026-03-06T10:15:00Z', '2026-03-06T10:15:00Z'],
    ['2026-03-06T10:15Z', '2026-03-06T10:15:00Z'],
    ['2026-03-06T01:15:00.123+03:00', '2026-03-06T01:15:00+03:00'],
    ['2026-03-06T01:15:00+0300', '2026-03-06T01:15:00+03:00'],
    ['2026-03-06 10:15:00', '2026-03-06T10:15:00'],
    // RFC 822 keeps its own zone, so the local day does not move.
    ['Fri, 06 Mar 2026 01:30:00 +0200', '2026-03-06T01:30:00+02:00'],
    ['Thu, 05 Mar 2026 23:30:00 -0500', '2026-03-05T23:30:00-05:00'],
    ['Fri, 06 Mar 2026 10:00:00 GMT', '2026-03-06T10:00:00Z'],
    ['March 6, 2026', '2026-03-06'],
    ['1772791200', '2026-03-06T10:00:00Z'], // Unix seconds
    ['1772791200000', '2026-03-06T10:00:00Z'], // Unix milliseconds
  ])('%s → %s', (raw, expected) => {
    expect(normalisePublished(raw)).toBe(expected);
  });

  it.each(['', '   ', 'yesterday', '2026-02-30', '2026-13-01T00:00:00Z'])('%j is not a date', (raw) => {
    expect(normalisePublished(raw)).toBeUndefined();
  });
});
