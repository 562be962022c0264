import { describe, expect, it } from 'vitest';
import { createContext, type AnalysisContext } from '../../../src/ingest/analyse/context.js';
import { dates } from '../../../src/ingest/analyse/dates.js';
import { addDays, isoWeek, parseDay } from '../../../src/ingest/analyse/dates/calendar.js';
import type { DateMention } from '../../../src/ingest/types.js';

/** Run the dates stage alone on `text` published on `anchor`. */
function run(text: string, anchor: string): AnalysisContext {
  const ctx = createContext({ id: 't', title: 't', publishedAt: anchor, text, credits: [], input: 'test' });
  dates.run(ctx);
  return ctx;
}
const datesIn = (text: string, anchor: string): DateMention[] => run(text, anchor).dates;
const values = (text: string, anchor: string) => datesIn(text, anchor).map((d) => d.value);

// 2026-03-06 is a Friday.
const FRIDAY = '2026-03-06';

describe('dates stage: weekdays', () => {
  it('resolves a weekday in a past-tense sentence to the latest such day', () => {
    const [d] = datesIn('Russia and Ukraine confirmed on Thursday that 200 prisoners of war had been exchanged.', FRIDAY);
    expect(d).toMatchObject({ text: 'Thursday', value: '2026-03-05', precision: 'day' });
    expect(values('Officials met on Monday in the capital.', FRIDAY)).toEqual(['2026-03-02']);
  });

  it('keeps the same day for a planned event on the weekday of publication', () => {
    expect(values('He said another 300 prisoners would be released on Friday.', FRIDAY)).toEqual(['2026-03-06']);
  });

  it('points forward when the verb is future or planned', () => {
    expect(values('The delegations will meet on Monday.', FRIDAY)).toEqual(['2026-03-09']);
    expect(values('The vote is scheduled to take place on Tuesday.', FRIDAY)).toEqual(['2026-03-10']);
    expect(values('The ministers will meet next Tuesday.', FRIDAY)).toEqual(['2026-03-10']);
    expect(values('The company said it expects to close the deal on Monday.', FRIDAY)).toEqual(['2026-03-09']);
  });

  it('takes the tense of the clause the date sits in', () => {
    expect(values('Officials say the swap, which took place on Thursday, went well.', FRIDAY)).toEqual(['2026-03-05']);
    expect(values('Russia says talks held on Monday were constructive.', FRIDAY)).toEqual(['2026-03-02']);
  });

  it('honours last/next/this over the tense', () => {
    expect(values('The ministers met last Tuesday.', FRIDAY)).toEqual(['2026-03-03']);
    expect(values('The plant reopened this Monday.', FRIDAY)).toEqual(['2026-03-02']);
  });
});

describe('dates stage: months and parts of months', () => {
  it('reads early/mid/late as a part of the month', () => {
    expect(datesIn('In early February, both sides released 157 prisoners each.', FRIDAY)[0]).toMatchObject({
      text: 'early February',
      value: '2026-02',
      precision: 'month',
      part: 'early',
    });
    expect(datesIn('Talks resumed in mid-January.', FRIDAY)[0]).toMatchObject({ value: '2026-01', part: 'mid' });
    expect(datesIn('The factory closed at the end of November.', FRIDAY)[0]).toMatchObject({ value: '2025-11', part: 'late' });
  });

  it('infers the year across the year boundary from the tense', () => {
    expect(values('The deal was signed in March.', '2026-01-10')).toEqual(['2025-03']);
    expect(values('The deal will be signed in March.', '2026-01-10')).toEqual(['2026-03']);
    expect(values('The talks ended on December 30.', '2026-01-03')).toEqual(['2025-12-30']);
    expect(values('Elections will be held on January 12.', '2025-12-20')).toEqual(['2026-01-12']);
  });

  it('keeps explicit years and full dates', () => {
    expect(values('The company was founded on March 5, 2008.', FRIDAY)).toEqual(['2008-03-05']);
    expect(values('It was signed on 5 March 2008 in Paris.', FRIDAY)).toEqual(['2008-03-05']);
    expect(values('Sales peaked in November 2006.', FRIDAY)).toEqual(['2006-11']);
    expect(values('The firm was founded in 2009.', FRIDAY)).toEqual(['2009']);
    expect(datesIn('A test flight, September 01, 2007, was delayed.', FRIDAY)[0]).toMatchObject({ text: 'September 01, 2007', value: '2007-09-01' });
  });
});

describe('dates stage: relative expressions', () => {
  it('resolves yesterday, today, last year and ago against the publication date', () => {
    expect(values('Yesterday the markets fell, and today they rose.', FRIDAY)).toEqual(['2026-03-05', '2026-03-06']);
    expect(datesIn('Sales grew 10 percent last year.', FRIDAY)[0]).toMatchObject({ value: '2025', precision: 'year' });
    expect(values('The plant opened two years ago.', FRIDAY)).toEqual(['2024']);
  });

  it('gives "this week" as an ISO week', () => {
    expect(datesIn('Prices rose sharply this week.', FRIDAY)[0]).toMatchObject({ value: '2026-W10', precision: 'approximate' });
  });

  it('counts "the following day" from a date just mentioned, else from the publication date', () => {
    expect(values('The first swap took place on March 2. Another one followed the following day.', FRIDAY)).toEqual([
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(values('Officials say another swap is scheduled for the following day.', FRIDAY)).toEqual(['2026-03-07']);
    expect(values('The A380 landed on March 2. Three days later it flew again.', FRIDAY)).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('reads quarters and splits ranges', () => {
    expect(values('GM lost $4.8 billion in the fourth quarter of 2005.', FRIDAY)).toEqual(['2005-Q4']);
    expect(values('It made a profit in the third quarter of this year.', '2009-11-03')).toEqual(['2009-Q3']);
    expect(values('Six aircraft will be delivered from 2009 to 2011.', '2008-01-01')).toEqual(['2009', '2011']);
  });
});

describe('dates stage: seasons and editions', () => {
  it('reads a season with a year or a modifier as its year, approximately', () => {
    expect(datesIn('Sales fell in spring 2009 and in the summer of 2008.', FRIDAY).map((d) => `${d.text}=${d.value}/${d.precision}`)).toEqual([
      'spring 2009=2009/approximate',
      'the summer of 2008=2008/approximate',
    ]);
    // Published in March 2026: last winter began in December 2025, next spring is 2027's.
    expect(values('Deliveries slipped last winter and last summer; they resume this autumn and next spring.', FRIDAY)).toEqual([
      '2025',
      '2025',
      '2026',
      '2027',
    ]);
  });

  it('leaves a bare season word alone (a noun or a verb)', () => {
    expect(values('Prices fall as spring water runs dry.', FRIDAY)).toEqual([]);
  });

  it('reads the year of an event edition, not a model number', () => {
    expect(values('He spoke at WWDC 2005 and at the Developers Conference 2010.', FRIDAY)).toEqual(['2005', '2010']);
    expect(values('The Boeing 1997 prototype flew.', FRIDAY)).toEqual([]);
  });
});

describe('dates stage: what it leaves out', () => {
  it('emits nothing for vague words and the modal "may"', () => {
    expect(values('The company recently said this may help sales.', FRIDAY)).toEqual([]);
    expect(values('Prices are currently high.', FRIDAY)).toEqual([]);
  });

  it('does not take counts for years', () => {
    expect(values('The plant has a workforce of 2000 and output rose from 500 to 1800 units.', FRIDAY)).toEqual([]);
    expect(values('The company employs 2,000 people.', FRIDAY)).toEqual([]);
  });

  it('finds nothing in text without dates', () => {
    expect(run('Prices rose. Nobody knows why.', FRIDAY).dates).toEqual([]);
  });

  it('reports an unparseable publication date instead of guessing', () => {
    const ctx = run('It happened on Thursday.', 'unknown');
    expect(ctx.dates).toEqual([]);
    expect(ctx.diagnostics[0]?.origin).toBe('dates:anchor');
  });
});

describe('dates stage: offsets', () => {
  it('slices back exactly to each date text, on the reference article', async () => {
    const { readFile } = await import('node:fs/promises');
    const sample = await readFile(new URL('../../fixtures/articles/ukraine-russia-prisoner-swap.txt', import.meta.url), 'utf8');
    const found = datesIn(sample, FRIDAY);
    expect(found.map((d) => d.text)).toEqual(['2026-03-06', 'following day', 'Thursday', 'Friday', 'Today', 'early February']);
    for (const d of found) {
      expect(sample.slice(d.start, d.end)).toBe(d.text);
      expect(run(sample, FRIDAY).sentences[d.sentence]!.start).toBeLessThanOrEqual(d.start);
    }
  });
});

describe('calendar', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek(parseDay('2021-01-01')!)).toBe('2020-W53');
    expect(isoWeek(parseDay('2024-12-30')!)).toBe('2025-W01');
    expect(isoWeek(parseDay('2026-03-06')!)).toBe('2026-W10');
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays(parseDay('2024-02-28')!, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays(parseDay('2026-01-01')!, -1)).toEqual({ year: 2025, month: 12, day: 31 });
  });
});
