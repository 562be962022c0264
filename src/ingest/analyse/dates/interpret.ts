/**
 * Interpret one date expression against the publication date. Pure: text in, value out.
 *
 * News is mostly about the past, so an expression that leaves the year or the week open
 * ("on Thursday", "March 5", "in February") resolves to the latest such date not after the
 * publication date, unless the governing verb points forward ("will meet on Tuesday",
 * "would be released on Friday"), in which case it resolves to the earliest not before it.
 * With a present-tense verb, month names go to the nearest year.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from '../../types.js';
import {
  addDays,
  compareDays,
  type Day,
  formatDay,
  formatMonth,
  formatYear,
  isoWeek,
  weekdayOf,
} from './calendar.js';
import type { Tense } from './tense.js';

export type DateValue = Pick<DateMention, 'value' | 'precision' | 'part'>;

export interface Reading {
  /** Publication date. */
  anchor: Day;
  tense: Tense;
  /** The last day-precision date stated before this one ("the following day" counts from it). */
  previous?: Day;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};
const count = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBERS[word]);

const PARTS: Array<[RegExp, NonNullable<DateMention['part']>]> = [
  [/^(?:the\s+)?(?:early|beginning\s+of|start\s+of)[\s-]+/, 'early'],
  [/^(?:the\s+)?(?:mid|middle\s+of)[\s-]+/, 'mid'],
  [/^(?:the\s+)?(?:late|end\s+of)[\s-]+/, 'late'],
];

/** Words that are dates only in a vague sense; not emitted. */
export const VAGUE = /^(?:recent(?:ly)?|now|currently|nowadays|lately|the\s+past|the\s+future|soon|then|once|formerly|earlier|later|previously)$/;

const day = (d: Day): DateValue => ({ value: formatDay(d), precision: 'day' });
const month = (year: number, m: number): DateValue => ({ value: formatMonth(year, m), precision: 'month' });
const year = (y: number): DateValue => ({ value: formatYear(y), precision: 'year' });
const week = (d: Day): DateValue => ({ value: isoWeek(d), precision: 'approximate' });

/** Which of the candidate years for a month (and day) the tense picks. */
function pickYear(anchor: Day, tense: Tense, m: number, d: number | undefined): number {
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1];
  // Month-only expressions compare at month level: "in March" in a March article is this March.
  const at = (y: number): Day => ({ year: y, month: m, day: d ?? (y === anchor.year && m === anchor.month ? anchor.day : 15) });
  if (tense === 'past') return [...candidates].reverse().find((y) => compareDays(at(y), anchor) <= 0) ?? anchor.year;
  if (tense === 'future') return candidates.find((y) => compareDays(at(y), anchor) >= 0) ?? anchor.year;
  const distance = (y: number) => Math.abs(compareDays(at(y), anchor));
  return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best), anchor.year);
}

/** The given weekday nearest the anchor in the direction of the tense (the anchor itself included). */
function pickWeekday(anchor: Day, tense: Tense, weekday: number): Day {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  return tense === 'future' ? addDays(anchor, (weekday - weekdayOf(anchor) + 7) % 7) : addDays(anchor, -back);
}

/** Relative expressions that chrono does not resolve the way news needs. */
function relative(text: string, r: Reading): DateValue | undefined {
  const { anchor } = r;
  const base = r.previous ?? anchor;
  if (/^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/.test(text)) return day(anchor);
  if (/^(?:yesterday|last\s+night)$/.test(text)) return day(addDays(anchor, -1));
  if (/^tomorrow$/.test(text)) return day(addDays(anchor, 1));
  if (/^(?:the\s+)?(?:following|next)\s+day$|^the\s+day\s+after$/.test(text)) return day(addDays(base, 1));
  if (/^(?:the\s+)?(?:previous|preceding)\s+day$|^the\s+day\s+before$/.test(text)) return day(addDays(base, -1));

  const shifted = /^(\w+)\s+(day|week|month|year)s?\s+(later|after(?:wards)?|earlier|before|ago)$/.exec(text);
  if (shifted) {
    const n = count(shifted[1]!);
    if (n === undefined) return undefined;
    const unit = shifted[2]!;
    const sign = shifted[3] === 'later' || shifted[3]!.startsWith('after') ? 1 : -1;
    const from = shifted[3] === 'ago' ? anchor : base;
    if (unit === 'day') return day(addDays(from, sign * n));
    if (unit === 'week') return { ...day(addDays(from, sign * 7 * n)), precision: 'approximate' };
    if (unit === 'month') {
      const index = from.year * 12 + (from.month - 1) + sign * n;
      return month(Math.floor(index / 12), (index % 12) + 1);
    }
    return year(from.year + sign * n);
  }

  const unitOf = /^(?:(?:later|earlier)\s+)?(this|last|past|previous|next|coming)\s+(week|weekend|month|year)$/.exec(text);
  if (unitOf) {
    const step = unitOf[1] === 'this' ? 0 : unitOf[1] === 'next' || unitOf[1] === 'coming' ? 1 : -1;
    switch (unitOf[2]) {
      case 'week':
        return week(addDays(anchor, 7 * step));
      case 'weekend': {
        // The weekend of the anchor's ISO week, shifted by whole weeks.
        const mondayBased = (weekdayOf(anchor) + 6) % 7;
        const saturday = addDays(anchor, 5 - mondayBased + 7 * step);
        return week(saturday);
      }
      case 'month': {
        const index = anchor.year * 12 + (anchor.month - 1) + step;
        return month(Math.floor(index / 12), (index % 12) + 1);
      }
      default:
        return year(anchor.year + step);
    }
  }
  if (/^the\s+(?:year|month)$/.test(text)) return /year/.test(text) ? year(anchor.year) : month(anchor.year, anchor.month);
  return undefined;
}

/** Anything chrono can parse: month names, weekdays, numeric dates, combinations. */
function viaChrono(text: string, r: Reading): DateValue | undefined {
  const { anchor, tense } = r;
  const reference = new Date(anchor.year, anchor.month - 1, anchor.day, 12);
  const result = chrono.en.parse(text, reference)[0];
  if (!result) return undefined;
  const c = result.start;
  const known = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
  const explicit = /\b(?:last|next|this|past|coming|previous)\b/.test(text);
  if (known('day') && known('month')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    const y = known('year') ? c.get('year')! : explicit ? c.get('year')! : pickYear(anchor, tense, m, d);
    return day({ year: y, month: m, day: d });
  }
  if (known('weekday')) {
    if (explicit || known('day')) return day({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! });
    return day(pickWeekday(anchor, tense, c.get('weekday')!));
  }
  if (known('month')) {
    const m = c.get('month')!;
    const y = known('year') || explicit ? c.get('year')! : pickYear(anchor, tense, m, undefined);
    return month(y, m);
  }
  if (known('year')) return year(c.get('year')!);
  // Only a time of day ("at 3 pm"): not a date.
  return undefined;
}

/** Value of a date expression, or undefined when it names no date we can place. */
export function interpret(expression: string, reading: Reading): DateValue | undefined {
  const text = expression.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().replace(/^(?:on|in|at|by|since|until|from|during) /, '');
  if (!text || VAGUE.test(text)) return undefined;

  for (const [pattern, part] of PARTS) {
    if (!pattern.test(text)) continue;
    const rest = interpret(text.replace(pattern, ''), reading);
    // "early Monday" is a time of that day, not a part of it worth recording.
    if (!rest || rest.precision === 'day') return rest;
    return { ...rest, part };
  }

  const bareYear = /^(?:the\s+(?:year\s+)?)?(1[5-9]\d\d|20\d\d)$/.exec(text);
  if (bareYear) return year(Number(bareYear[1]));

  return relative(text, reading) ?? viaChrono(text, reading);
}
