import { describe, expect, it } from 'vitest';
import { countDates, emptyDateCounts, isCalendarValue, sameAtGoldGranularity, scoreDates } from '../../../src/eval/dates.js';
import { bCubed, pairwise } from '../../../src/eval/resolution.js';
import { countDocument, emptyCounts, matchSpans, scoreCounts } from '../../../src/eval/score.js';
import type { TypedSpan } from '../../../src/eval/spans.js';

const span = (type: TypedSpan['type'], start: number, end: number): TypedSpan => ({ type, start, end });

describe('mention scorer', () => {
  const gold = [span('PER', 0, 10), span('ORG', 20, 30), span('LOC', 40, 45)];
  const system = [span('PER', 0, 10), span('ORG', 22, 30), span('PER', 40, 45), span('LOC', 50, 55)];

  it('strict: exact span and type', () => {
    const s = scoreCounts(countDocument(emptyCounts(), gold, system, 'strict'));
    expect(s.PER).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(s.ORG).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.LOC).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.micro.precision).toBeCloseTo(1 / 4);
    expect(s.micro.recall).toBeCloseTo(1 / 3);
  });

  it('lenient: overlapping span, same type (a type error never counts)', () => {
    const s = scoreCounts(countDocument(emptyCounts(), gold, system, 'lenient'));
    expect(s.ORG).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.LOC.recall).toBe(0);
    expect(s.micro.precision).toBeCloseTo(2 / 4);
    expect(s.micro.recall).toBeCloseTo(2 / 3);
    expect(s.micro.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('matches one-to-one: one long system span covers only one of two gold names', () => {
    const pairs = matchSpans([span('ORG', 0, 5), span('ORG', 6, 12)], [span('ORG', 0, 12)], 'lenient');
    expect(pairs).toEqual([[1, 0]]);
  });

  it('prefers exact matches, then the largest overlap', () => {
    const pairs = matchSpans([span('PER', 0, 10)], [span('PER', 5, 12), span('PER', 0, 10)], 'lenient');
    expect(pairs).toEqual([[0, 1]]);
  });

  it('accumulates over documents before scoring', () => {
    const counts = emptyCounts();
    countDocument(counts, [span('PER', 0, 4)], [span('PER', 0, 4)], 'strict');
    countDocument(counts, [span('PER', 0, 4)], [], 'strict');
    expect(counts.PER).toEqual({ matched: 1, gold: 2, system: 1 });
    expect(scoreCounts(counts).PER).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});

describe('date scorer', () => {
  it('compares at the granularity of the gold value', () => {
    expect(sameAtGoldGranularity('2009-05', '2009-05-14')).toBe(true);
    expect(sameAtGoldGranularity('2009-05-14', '2009-05')).toBe(false);
    expect(sameAtGoldGranularity('2009', '2009-05')).toBe(true);
    expect(sameAtGoldGranularity('2026-W10', '2026-03-06')).toBe(true);
    expect(sameAtGoldGranularity('2010-W04-WE', '2010-W04')).toBe(true);
    expect(sameAtGoldGranularity('2006-Q4', '2006-11')).toBe(true);
    expect(sameAtGoldGranularity('2006-Q4', '2006-Q3')).toBe(false);
    expect(sameAtGoldGranularity('197', '197')).toBe(true);
    expect(sameAtGoldGranularity('197', '1975')).toBe(true);
    expect(sameAtGoldGranularity('197', '198')).toBe(false);
  });

  it('compares reference values only with themselves', () => {
    expect(sameAtGoldGranularity('PRESENT_REF', 'PRESENT_REF')).toBe(true);
    expect(sameAtGoldGranularity('PRESENT_REF', 'PAST_REF')).toBe(false);
    expect(sameAtGoldGranularity('PRESENT_REF', '2026-03-06')).toBe(false);
    expect(sameAtGoldGranularity('2026-03-06', 'PRESENT_REF')).toBe(false);
    expect(sameAtGoldGranularity('2026', 'PAST_REF')).toBe(false);
  });

  it('leaves gold values naming no date out of accuracy, and references out of calendar values', () => {
    expect(isCalendarValue('PRESENT_REF')).toBe(false);
    expect(isCalendarValue('197')).toBe(true);
    expect(isCalendarValue('XXXX-XX-XX')).toBe(false);
    expect(isCalendarValue('2008-01-09TMO')).toBe(false);
    expect(isCalendarValue('2009-SP')).toBe(true);
  });

  it('counts recall, accuracy and precision', () => {
    const gold = [
      { start: 0, end: 8, value: '2026-03-05' },
      { start: 20, end: 27, value: 'PAST_REF' },
      { start: 40, end: 48, value: '2026-02' },
      { start: 60, end: 64, value: '2025' },
      { start: 70, end: 73, value: 'PRESENT_REF' },
      { start: 80, end: 90, value: 'XXXX-XX-XX' },
    ];
    const system = [
      { start: 0, end: 8, value: '2026-03-05' },
      { start: 20, end: 27, value: '2026-03-01' },
      { start: 38, end: 48, value: '2025-02' },
      { start: 70, end: 73, value: 'PRESENT_REF' },
      { start: 80, end: 90, value: 'PAST_REF' }, // found, but gold names no comparable value
      { start: 100, end: 110, value: '2026-03-06' }, // on the dateline: ignored
      { start: 120, end: 125, value: '2020' }, // on no timex: a false alarm
    ];
    const timexes = gold.map(({ start, end }) => ({ start, end }));
    const c = countDates(emptyDateCounts(), gold, system, timexes, { start: 100, end: 110 });
    // Accuracy over 2026-03-05 (right), PAST_REF (wrong), 2026-02 (wrong), PRESENT_REF (right).
    expect(c).toEqual({ gold: 6, goldCalendar: 3, found: 5, foundCalendar: 2, comparable: 4, correct: 2, system: 6, systemOnTimex: 5 });
    expect(scoreDates(c)).toEqual({ recall: 5 / 6, accuracy: 0.5, precision: 5 / 6, calendarRecall: 2 / 3 });
  });
});

describe('resolution scores', () => {
  it('B3 and pairwise on a split cluster', () => {
    // gold: {a,b,c} one entity; system: {a,b} and {c}
    const items = [
      { gold: 'X', system: '1' },
      { gold: 'X', system: '1' },
      { gold: 'X', system: '2' },
    ];
    const b3 = bCubed(items);
    expect(b3.precision).toBe(1);
    expect(b3.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    const pw = pairwise(items);
    expect(pw.precision).toBe(1);
    expect(pw.recall).toBeCloseTo(1 / 3);
  });

  it('B3 on a wrongly merged cluster', () => {
    const items = [
      { gold: 'X', system: '1' },
      { gold: 'Y', system: '1' },
    ];
    expect(bCubed(items)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(pairwise(items).precision).toBe(0);
  });
});
