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
import { type CalendarExpression, parseCalendarWords } from './calendar-words.js';
import { fullNumericDate } from './numeric.js';
import { referenceOf } from './references.js';
import type { Tense } from './tense.js';

export type DateValue = Pick<DateMention, 'value' | 'precision' | 'part' | 'reference'>;

export interface Reading {
  /** Publication date. */
  anchor: Day;
  tense: Tense;
  /** The last day-precision date stated before this one ("the following day" counts from it). */
  previous?: Day;
}

// Tables looked up by words from the input have no prototype: "constructor" or "toString" finds nothing.
const NUMBERS: Record<string, number> = Object.setPrototypeOf({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
}, null);
const count = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBERS[word]);

const PARTS: Array<[RegExp, NonNullable<DateMention['part']>]> = [
  [/^(?:the\s+)?(?:early|beginning\s+of|start\s+of)[\s-]+/, 'early'],
  [/^(?:the\s+)?(?:mid|middle\s+of)[\s-]+/, 'mid'],
  [/^(?:the\s+)?(?:late|end\s+of)[\s-]+/, 'late'],
];

const NUMERIC_DATE = /\d[/.-]\d/;

/**
 * Words that are dates only in a vague sense and are not emitted: they order events rather
 * than place them ("then", "soon"). Present, past and future references ("now",
 * "recently", "the future") and an open "later" are emitted as such (references.ts).
 */
export const VAGUE = /^(?:soon|then|once|formerly|earlier|previously)$/;

const day = (d: Day): DateValue => ({ value: formatDay(d), precision: 'day' });
const month = (year: number, m: number): DateValue => ({ value: formatMonth(year, m), precision: 'month' });
const year = (y: number): DateValue => ({ value: formatYear(y), precision: 'year' });
const week = (d: Day): DateValue => ({ value: isoWeek(d), precision: 'approximate' });
const quarter = (y: number, q: number): DateValue => ({ value: `${formatYear(y)}-Q${q}`, precision: 'approximate' });

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

/** Year named by a trailing "of 2009" / "this year" / "last year" / "next year" / "a year ago". */
function namedYear(text: string, anchor: Day): number | undefined {
  const y = /^(1[5-9]\d\d|20\d\d)$/.exec(text);
  if (y) return Number(y[1]);
  if (/^(?:this|the\s+current)\s+year$/.test(text)) return anchor.year;
  if (/^(?:last|the\s+previous|the\s+past)\s+year$|^(?:a|one)\s+year\s+(?:ago|earlier)$/.test(text)) return anchor.year - 1;
  if (/^(?:next|the\s+coming)\s+year$/.test(text)) return anchor.year + 1;
  return undefined;
}

/** "the fourth quarter of 2005", "the first quarter", "Q3 2009", "the last quarter". */
function quarterOf(text: string, r: Reading): DateValue | undefined {
  const anchorQuarter = Math.ceil(r.anchor.month / 3);
  if (/^the\s+(?:last|previous|past)\s+quarter$/.test(text)) {
    return anchorQuarter === 1 ? quarter(r.anchor.year - 1, 4) : quarter(r.anchor.year, anchorQuarter - 1);
  }
  if (/^this\s+quarter$|^the\s+current\s+quarter$/.test(text)) return quarter(r.anchor.year, anchorQuarter);
  const m = /^(?:the\s+)?(?:(first|1st|second|2nd|third|3rd|fourth|4th|final)[\s-]+quarter|q([1-4]))(?:\s+(?:of\s+)?(.+))?$/.exec(text);
  if (!m) return undefined;
  const q = m[2] ? Number(m[2]) : ORDINAL_QUARTERS[m[1]!]!;
  if (m[3]) {
    const y = namedYear(m[3], r.anchor);
    return y === undefined ? undefined : quarter(y, q);
  }
  // No year: past-biased like a month, using the quarter's middle month.
  return quarter(pickYear(r.anchor, r.tense, 3 * q - 1, undefined), q);
}

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

  const following = /^(?:the\s+)?(?:following|subsequent)\s+(week|month|year)$/.exec(text);
  if (following) {
    if (following[1] === 'week') return week(addDays(base, 7));
    if (following[1] === 'month') return base.month === 12 ? month(base.year + 1, 1) : month(base.year, base.month + 1);
    return year(base.year + 1);
  }

  // "two years ago", "a few days later", "a couple of weeks ago".
  const shifted = /^(?:a\s+)?(\w+)\s+(?:of\s+)?(day|week|month|year)s?\s+(later|afterwards|earlier|ago)$/.exec(text);
  if (shifted) {
    const n = count(shifted[1]!);
    if (n === undefined) return undefined;
    const unit = shifted[2]!;
    const sign = shifted[3] === 'later' || shifted[3] === 'afterwards' ? 1 : -1;
    const from = shifted[3] === 'ago' ? anchor : base;
    if (unit === 'day') return day(addDays(from, sign * n));
    if (unit === 'week') return { ...day(addDays(from, sign * 7 * n)), precision: 'approximate' };
    if (unit === 'month') {
      const index = from.year * 12 + (from.month - 1) + sign * n;
      return month(Math.floor(index / 12), (index % 12) + 1);
    }
    return year(from.year + sign * n);
  }

  const unitOf = /^(?:(?:later|earlier)\s+)?(?:the\s+)?(this|last|past|previous|next|coming)\s+(week|weekend|month|year)$/.exec(text);
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
  const named = namedYear(text.replace(/^the\s+year\s+(previous|before)$/, 'the previous year'), anchor);
  if (named !== undefined) return year(named);
  return undefined;
}

/** The weekday relative to the anchor: "last Tuesday" strictly before, "next Tuesday" strictly after, "this Tuesday" in the anchor's week. */
function weekdayWithModifier(anchor: Day, modifier: CalendarExpression['modifier'], weekday: number): Day {
  const today = weekdayOf(anchor);
  if (modifier === 'last') return addDays(anchor, -((today - weekday + 7) % 7 || 7));
  if (modifier === 'next') return addDays(anchor, (weekday - today + 7) % 7 || 7);
  // "this": the same Monday-based week.
  return addDays(anchor, ((weekday + 6) % 7) - ((today + 6) % 7));
}

/** First month of each season (northern hemisphere, as TimeML reads them). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * "spring 2009", "the summer of 2008", "this autumn", "last winter", "in the spring": the year
 * the season starts in, at approximate precision (the contract has no season value). A bare
 * season ("in the spring", "in spring"; the candidates stage keeps the noun and verb uses out)
 * is the nearest in the direction of the tense, like a month. "last" is the
 * latest such season over before publication, "next" the first to start after it, "this"
 * the one under way or still to come in the publication year.
 */
function seasonOf(text: string, r: Reading): DateValue | undefined {
  const { anchor } = r;
  const m = /^(the\s+)?(?:(this|last|past|previous|next|coming)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?$/.exec(text);
  if (!m) return undefined;
  const approximate = (y: number): DateValue => ({ value: formatYear(y), precision: 'approximate' });
  if (m[4]) return approximate(Number(m[4]));
  const start = SEASON_START[m[3]!]!;
  // "in the spring": the season nearest the publication date in the direction of the tense.
  if (!m[2]) return approximate(pickYear(anchor, r.tense, start, undefined));
  // Months since year 0 of the anchor and of a season's first month in year y.
  const now = anchor.year * 12 + anchor.month - 1;
  const startOf = (y: number) => y * 12 + start - 1;
  const modifier = m[2];
  if (modifier === 'next' || modifier === 'coming') {
    return approximate(startOf(anchor.year) > now ? anchor.year : anchor.year + 1);
  }
  if (modifier === 'this') return approximate(startOf(anchor.year - 1) + 2 >= now ? anchor.year - 1 : anchor.year);
  // last/past/previous: the latest season whose three months ended before the anchor's month.
  return approximate(startOf(anchor.year) + 2 < now ? anchor.year : anchor.year - 1);
}

/**
 * "fiscal 2008", "fiscal year 2009", "FY2010", "FY09": the year the fiscal year is named after,
 * approximate (where a company's fiscal year starts is not in the text; TimeML's own `FY2008`
 * is no ISO value). Two digits take the century that puts the year at most five years ahead.
 */
function fiscalYear(text: string, anchor: Day): DateValue | undefined {
  const m = /^(?:(?:fiscal|financial)\s+(?:year\s+)?(\d{4})|fy(\d{4}|\d{2}))$/.exec(text);
  if (!m) return undefined;
  const digits = m[1] ?? m[2]!;
  let y = Number(digits);
  if (digits.length === 2) {
    y += Math.floor(anchor.year / 100) * 100;
    if (y > anchor.year + 5) y -= 100;
  }
  return { value: formatYear(y), precision: 'approximate' };
}

/**
 * Decades, as TimeML writes them (the first three digits of the year: `197` is the 1970s).
 * "the 1970s"; "the '80s" / "the 80s", the latest such decade begun by the publication year;
 * "the past decade", "this decade", "the next decade", counted from the publication year's.
 * Approximate: a decade is no calendar date an event can be placed on.
 */
function decadeOf(text: string, anchor: Day): DateValue | undefined {
  const decade = (start: number): DateValue => ({ value: String(Math.floor(start / 10)), precision: 'approximate' });
  const full = /^(?:the\s+)?((?:1[5-9]|20)\d0)'?s$/.exec(text);
  if (full) return decade(Number(full[1]));
  const short = /^(?:the\s+)?'?(\d)0'?s$/.exec(text);
  if (short) {
    const recent = Math.floor(anchor.year / 100) * 100 + 10 * Number(short[1]);
    return decade(recent <= anchor.year ? recent : recent - 100);
  }
  const relative = /^(?:the\s+)?(past|last|previous|this|current|next|coming)\s+decade$/.exec(text);
  if (!relative) return undefined;
  const step = relative[1] === 'this' || relative[1] === 'current' ? 0 : relative[1] === 'next' || relative[1] === 'coming' ? 1 : -1;
  return decade(anchor.year + 10 * step);
}

/** Month names, day numbers, weekdays and years ("Thursday", "March 5", "5 March 2008", "last May"). */
function calendarWords(text: string, r: Reading): DateValue | undefined {
  const e = parseCalendarWords(text);
  if (!e) return undefined;
  const { anchor } = r;
  // A modifier decides the direction on its own; otherwise the tense does.
  const tense: Tense = e.modifier === 'last' ? 'past' : e.modifier === 'next' ? 'future' : r.tense;
  if (e.month !== undefined && e.day !== undefined) {
    const y = e.year ?? (e.modifier === 'this' ? anchor.year : pickYear(anchor, tense, e.month, e.day));
    return day({ year: y, month: e.month, day: e.day });
  }
  if (e.month !== undefined) {
    const y = e.year ?? (e.modifier === 'this' ? anchor.year : pickYear(anchor, tense, e.month, undefined));
    return month(y, e.month);
  }
  if (e.weekday === undefined || e.year !== undefined) return undefined;
  return day(e.modifier ? weekdayWithModifier(anchor, e.modifier, e.weekday) : pickWeekday(anchor, tense, e.weekday));
}

/** What chrono can parse (month names, weekdays, numeric dates…); used for numeric dates only. */
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
  // Edited news capitalises months: a lower-case "may" is the modal verb ("this may help").
  if (/\bmay\b/.test(expression)) return undefined;
  const lower = expression.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  const reference = referenceOf(lower);
  if (reference) return { value: reference, precision: 'approximate', reference: true };
  const text = lower.replace(/^(?:on|in|at|by|since|until|from|during|around|about|circa|approximately) /, '');
  return interpretNormalised(text, reading);
}

/** `interpret` on lower-cased, space-normalised text. */
function interpretNormalised(text: string, reading: Reading): DateValue | undefined {
  if (!text || VAGUE.test(text)) return undefined;

  for (const [pattern, part] of PARTS) {
    if (!pattern.test(text)) continue;
    const rest = interpretNormalised(text.replace(pattern, ''), reading);
    // "early Monday" is a time of that day, not a part of it worth recording.
    if (!rest || rest.precision === 'day') return rest;
    return { ...rest, part };
  }

  const fiscal = fiscalYear(text, reading.anchor);
  if (fiscal) return fiscal;

  const bareYear = /^(?:the\s+(?:year\s+)?)?(1[5-9]\d\d|20\d\d)$/.exec(text);
  if (bareYear) return year(Number(bareYear[1]));

  // "October of next year", "January of this year": a month in a named year.
  const monthOfYear = /^(.+?)\s+of\s+((?:this|last|next)\s+year)$/.exec(text);
  if (monthOfYear) {
    const y = namedYear(monthOfYear[2]!, reading.anchor);
    const m = calendarWords(monthOfYear[1]!, reading);
    if (y !== undefined && m?.precision === 'month') return month(y, Number(m.value.slice(5, 7)));
  }

  const found = calendarWords(text, reading) ?? quarterOf(text, reading) ?? relative(text, reading) ?? seasonOf(text, reading) ?? decadeOf(text, reading.anchor);
  if (found) return found;
  // Chrono last, and only for numeric dates other than full ones ("7/8/07", "2008-03-06": numeric.ts):
  // it costs 0.2–3 ms a call, more than the rest of the stage for a whole article, and the word
  // shapes are handled above.
  if (!NUMERIC_DATE.test(text)) return undefined;
  const numeric = fullNumericDate(text);
  return numeric ? day(numeric) : viaChrono(text, reading);
}
