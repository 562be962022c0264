import { describe, expect, it } from 'vitest';
import { createContext, type AnalysisContext } from '../../../src/ingest/analyse/context.js';
import { dates } from '../../../src/ingest/analyse/dates.js';
import { addDays, isoWeek, monthsBetween, parseDay } from '../../../src/ingest/analyse/dates/calendar.js';
import type { DateMention } from '../../../src/ingest/types.js';

/** Run the dates stage alone on `text` published on `anchor`. */
function run(text: string, anchor: string): AnalysisContext {
  const ctx = createContext({ id: 't', title: 't', publishedAt: anchor, text, credits: [], input: 'test' });
  dates.run(ctx);
  return ctx;
}
const datesIn = (text: string, anchor: string): DateMention[] => run(text, anchor).dates;
const values = (text: string, anchor: string) => datesIn(text, anchor).map((d) => d.value);
/** The reference dates ("now", "recently", "later"), kept apart from the calendar dates. */
const referencesIn = (text: string, anchor: string): DateMention[] => run(text, anchor).timeReferences ?? [];
const references = (text: string, anchor: string) => referencesIn(text, anchor).map((d) => d.value);

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
    expect(values('After the fall of the wall, the summer season and the Winter Olympics began.', FRIDAY)).toEqual([]);
  });

  it('reads "in the spring" as the nearest such season in the direction of the tense', () => {
    // Published 2026-03-06: a past spring is 2025's, a coming winter 2026's.
    expect(values('The plant closed in the summer.', FRIDAY)).toEqual(['2025']);
    expect(values('The plant will close in the winter.', FRIDAY)).toEqual(['2026']);
    expect(datesIn('Sales rose in spring and in early summer.', FRIDAY).map((d) => `${d.text}=${d.value}`)).toEqual(['spring=2026', 'early summer=2025']);
  });

  it('reads the year of an event edition, not a model number', () => {
    expect(values('He spoke at WWDC 2005 and at the Developers Conference 2010.', FRIDAY)).toEqual(['2005', '2010']);
    expect(values('The Boeing 1997 prototype flew.', FRIDAY)).toEqual([]);
  });
});

describe('dates stage: decades and fiscal years', () => {
  it('writes decades as TimeML does (the first three digits of the year)', () => {
    expect(values('Sales peaked in the 1970s and again in the \'90s.', FRIDAY)).toEqual(['197', '199']);
    // "the '20s" published in 2026 are the 2020s; "the '30s" the 1930s.
    expect(values("Prices were low in the '30s and rose in the '20s.", FRIDAY)).toEqual(['193', '202']);
    expect(values('Workers in their 50s and 60s and a man in his 40s retired in the late 70s.', FRIDAY)).toEqual(['197']);
    expect(values('Sales grew in the 80s and 90s.', FRIDAY)).toEqual(['198', '199']);
    expect(values('It was the third time in the past decade.', '2011-01-17').map(String)).toEqual(['200']);
    expect(datesIn('It grew over the next decade.', FRIDAY)[0]).toMatchObject({ value: '203', precision: 'approximate' });
  });

  it('reads a fiscal year as its year, approximately', () => {
    expect(datesIn('Profit fell in fiscal 2008 and in fiscal year 2009.', FRIDAY).map((d) => `${d.text}=${d.value}/${d.precision}`)).toEqual([
      'fiscal 2008=2008/approximate',
      'fiscal year 2009=2009/approximate',
    ]);
  });
});

describe('dates stage: reference dates', () => {
  it('gives "now", "currently", "(more) recently", "recent", "the past", "the future" the TimeML reference values', () => {
    const found = referencesIn('The store currently sells music and more recently began selling films. It is now larger.', FRIDAY);
    expect(found.map((d) => `${d.text}=${d.value}`)).toEqual(['currently=PRESENT_REF', 'recently=PAST_REF', 'now=PRESENT_REF']);
    for (const d of found) expect(d).toMatchObject({ precision: 'approximate', reference: true });
    expect(references('The recent talks failed.', FRIDAY)).toEqual(['PAST_REF']);
    expect(references('In the past, prices rose; in the future, they may fall. At present they are flat.', FRIDAY)).toEqual([
      'PAST_REF',
      'FUTURE_REF',
      'PRESENT_REF',
    ]);
  });

  it('reads "in future", "the present", "these days" and "at the moment" as references too', () => {
    expect(references('In future, prices will rise. From the past to the present, these days and at the moment.', FRIDAY)).toEqual([
      'FUTURE_REF',
      'PAST_REF',
      'PRESENT_REF',
      'PRESENT_REF',
      'PRESENT_REF',
    ]);
  });

  it('leaves "the past" and "the future" alone when they modify a noun, and hyphenated words', () => {
    expect(references('Over the past two years the future CEO led the now-defunct unit.', FRIDAY)).toEqual([]);
    expect(references('The present owners left the moment he arrived.', FRIDAY)).toEqual([]);
  });

  it('gives an open "later" the unanchored value, but not a later model or a later date already stated', () => {
    expect(references('He later said sales would be reported at a later date.', FRIDAY)).toEqual(['XXXX-XX-XX', 'XXXX-XX-XX']);
    const ctx = run('Later models sold well; he resigned two days later and returned later this year.', FRIDAY);
    expect(ctx.timeReferences).toBeUndefined();
    expect(ctx.dates.map((d) => d.value)).toEqual(['2026-03-08', '2026']);
  });

  it('keeps references out of the calendar dates, and calendar dates out of the references', () => {
    const ctx = run('Officials met on Monday and are now talking.', FRIDAY);
    expect(ctx.dates.map((d) => d.value)).toEqual(['2026-03-02']);
    expect(ctx.dates[0]?.reference).toBeUndefined();
    expect(ctx.timeReferences?.map((d) => d.value)).toEqual(['PRESENT_REF']);
  });
});

describe('dates stage: where the expressions are', () => {
  const texts = (text: string) => datesIn(text, FRIDAY).map((d) => d.text);

  it('finds month dates in their written forms, with the day before or after and the year', () => {
    expect(texts('Talks opened on the 5th of March, on Sept. 3 and in Mid-March, and they closed on Jan 3, 2026.')).toEqual(['5th of March', 'Sept. 3', 'Mid-March', 'Jan 3, 2026']);
    expect(values('The court sat between March 2 and March 4.', FRIDAY)).toEqual(['2026-03-02', '2026-03-04']);
  });

  it('does not take given names or the modal "may" for months', () => {
    expect(texts('Pieter-Jan Smit told April Ryan that this may take time.')).toEqual([]);
    expect(texts('In April Lund won the race.')).toEqual(['April']);
  });

  it('finds weekdays, day words, relative units, shifts and parts of a period', () => {
    expect(texts("Shares fell since Wednesday's close; yesterday and this morning they rose.")).toEqual(['Wednesday', 'yesterday', 'this morning']);
    expect(texts('The plan was agreed two years ago and signed a few days later, at the end of February; a couple of weeks ago it lapsed.')).toEqual(['two years ago', 'a few days later', 'end of February', 'a couple of weeks ago']);
    expect(values('Sales fell the previous year and rose the following day.', FRIDAY)).toEqual(['2025', '2026-03-07']);
  });

  it('finds bare years that are dates, and not counts', () => {
    expect(texts('The 1991 agreement ran from 2005 to 2007 and expires a year from 2030.')).toEqual(['1991', '2005', '2007', '2030']);
    expect(texts('The 2000 employees made 2010 units for 2000 customers, and between 1500 and 1800 cars.')).toEqual([]);
  });
});

describe('dates stage: what it leaves out', () => {
  it('emits nothing for words that order events rather than place them, and the modal "may"', () => {
    expect(values('The company said this may help sales; soon after, it was sold.', FRIDAY)).toEqual([]);
    expect(values('The talks were then moved.', FRIDAY)).toEqual([]);
    expect(run('The talks were then moved; soon after, they ended.', FRIDAY).timeReferences).toBeUndefined();
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
    expect(referencesIn(sample, FRIDAY).map((d) => d.text)).toEqual(['recent', 'recent', 'currently', 'recent', 'recent']);
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

  it('lists the months between two days, across a year end', () => {
    expect(monthsBetween(parseDay('2025-11-20')!, parseDay('2026-02-03')!)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween(parseDay('2026-03-01')!, parseDay('2026-03-31')!)).toEqual(['2026-03']);
  });
});
