/**
 * The calendar words of English dates and a parser for the common shapes built from them,
 * so the frequent cases never reach chrono (which costs 0.2–3 ms a call):
 *
 *   [this|last|next] [Weekday] [,] [Month Day | Day Month | Month] [,] [Year] [morning|…]
 */

// Tables looked up by words from the input have no prototype: "constructor" or "toString" finds nothing.
export const MONTHS: Record<string, number> = Object.setPrototypeOf({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
}, null);

/** A lower-cased month name or abbreviation, with or without its full stop ("march", "sept."). */
export const isMonthName = (lower: string): boolean => MONTHS[lower.endsWith('.') ? lower.slice(0, -1) : lower] !== undefined;

/** A year written in full, 1500–2099. */
export const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: Record<string, number> = Object.setPrototypeOf({
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
}, null);

export type Modifier = 'this' | 'last' | 'next';

const MODIFIERS: Record<string, Modifier> = Object.setPrototypeOf({
  this: 'this', last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next',
}, null);
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

export interface CalendarExpression {
  modifier?: Modifier;
  weekday?: number;
  month?: number;
  day?: number;
  year?: number;
}

const dayNumber = (word: string): number | undefined => {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : undefined;
};
const yearNumber = (word: string): number | undefined => (YEAR.test(word) ? Number(word) : undefined);

/** Parse a lower-cased expression made only of calendar words; undefined if anything is left over. */
export function parseCalendarWords(text: string): CalendarExpression | undefined {
  // Runs for every date candidate: the replacements only where there is something to replace.
  const undotted = text.includes('.') ? text.replace(/(?<=\b[a-z]{3,4})\./g, '') : text;
  const words = (undotted.includes(',') ? undotted.replace(/,/g, ' ') : undotted).split(/\s+/).filter(Boolean);
  const out: CalendarExpression = {};
  let i = 0;
  if (words[i] && MODIFIERS[words[i]!]) out.modifier = MODIFIERS[words[i++]!];
  if (words[i] !== undefined && WEEKDAYS[words[i]!] !== undefined) out.weekday = WEEKDAYS[words[i++]!];
  if (words[i] === 'the') i++;
  // Day Month ("5 March", "the 5th of March") or Month Day ("March 5", "March 5th").
  const d = words[i] !== undefined ? dayNumber(words[i]!) : undefined;
  if (d !== undefined && words[i + 1] !== undefined) {
    const skipOf = words[i + 1] === 'of' ? 1 : 0;
    const m = MONTHS[words[i + 1 + skipOf]!];
    if (m !== undefined) {
      out.day = d;
      out.month = m;
      i += 2 + skipOf;
    }
  }
  if (out.month === undefined && words[i] !== undefined && MONTHS[words[i]!] !== undefined) {
    out.month = MONTHS[words[i++]!];
    const day = words[i] !== undefined ? dayNumber(words[i]!) : undefined;
    if (day !== undefined) {
      out.day = day;
      i++;
    }
  }
  if (words[i] === 'of' && out.month !== undefined) i++;
  const y = words[i] !== undefined ? yearNumber(words[i]!) : undefined;
  if (y !== undefined && (out.month !== undefined || out.weekday !== undefined)) {
    out.year = y;
    i++;
  }
  if (words[i] !== undefined && TIMES_OF_DAY.has(words[i]!)) i++;
  if (i !== words.length || (out.month === undefined && out.weekday === undefined)) return undefined;
  // "this May" is a month; "May" alone is too ambiguous with the modal verb only when lower-cased
  // in running text, which wink does not tag as DATE, so it is accepted here.
  return out;
}
