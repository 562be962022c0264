/**
 * Date expressions by their words, in one pass over the token layer: the calendar shapes of
 * English news dates.
 *
 *   months          "March", "5 March", "the 5th of March", "Sept. 3", "Feb 2026", "Mid-March"
 *                   (the day and year after a month: `extendRight` in candidates.ts)
 *   weekdays        "Thursday", "last Thursday", "next Tuesday"
 *   day words       "today", "yesterday", "tomorrow", "tonight"
 *   relative units  "this week", "last year", "the following day", "that week", "this morning"
 *   shifts          "two years ago", "a day earlier", "a few days later"
 *   parts           "the end of February", "the second half of 2009", "the beginning of the year"
 *   decades         "the 1990s", "the '80s"
 *   numeric dates   "2026-04-14", "12/03/2026"
 *
 * Bare years, seasons, quarters, fiscal years and references are in candidates.ts. Until
 * session 9 wink's NER pipe found most of these shapes; it cost 8–13 % of analyse() for this one
 * use, and it missed some ("the 5th of March", "between March 5 and March 7").
 */
import type { Token } from '../nlp.js';
import { MONTHS, WEEKDAYS, YEAR } from './calendar-words.js';

/** An inclusive token range. */
export interface Span {
  first: number;
  last: number;
}

const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const FULL_WEEKDAYS = new Set(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
/** Months that are also given names ("April Ryan", "June Carter"). */
const NAME_MONTHS = new Set(['april', 'may', 'june', 'august']);
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const WEEKDAY_MODIFIERS = new Set(['this', 'last', 'next', 'coming', 'past']);
/** Words before a calendar unit that make it a date ("last year", "the following day", "that week"). */
const UNIT_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'previous', 'preceding', 'following', 'subsequent', 'coming', 'same', 'that', 'current']);
const CALENDAR_UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);
/** Times of day that name a day with "this" or "last" ("this morning", "last night"). */
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const SHIFT_WORDS = new Set(['later', 'ago', 'earlier', 'afterwards']);
const DURATION_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours', 'minute', 'minutes', 'century', 'centuries']);
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'few', 'many']);
/** Nouns of "the end of February", "the beginning of the year", "the second half of 2009". */
const PART_NOUNS = new Set(['end', 'beginning', 'start', 'middle']);
const HALVES = new Set(['first', 'second']);
/** A day of the month: "5", "05", "5th". */
export const DAY_NUMBER = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;
const NUMERIC_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4}))$/;
const PART_MONTH = /^(?:early|mid|late)-([a-z]+)$/;

const undotted = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);
const capitalised = (t: Token) => t.text[0] !== t.lower[0];

/** What a word can start or end; every other word is passed over with this one lookup. */
type Trigger = 'month' | 'weekday' | 'day' | 'unit' | 'time' | 'shift' | 'of';
const TRIGGERS = new Map<string, Trigger>([
  ...Object.keys(MONTHS).flatMap((m) => [[m, 'month'], [`${m}.`, 'month']] as Array<[string, Trigger]>),
  ...Object.keys(WEEKDAYS).map((d) => [FULL_WEEKDAYS.has(d) ? d : `${d}.`, 'weekday'] as [string, Trigger]),
  ...[...DAY_WORDS].map((w) => [w, 'day'] as [string, Trigger]),
  ...[...CALENDAR_UNITS].map((w) => [w, 'unit'] as [string, Trigger]),
  ...[...TIMES_OF_DAY].map((w) => [w, 'time'] as [string, Trigger]),
  ...[...SHIFT_WORDS].map((w) => [w, 'shift'] as [string, Trigger]),
  ['of', 'of'],
]);
/** The words `expressionAt` looks at; it passes over every other word but numbers, decades and "Mid-March". */
export const EXPRESSION_WORDS: ReadonlySet<string> = new Set(TRIGGERS.keys());

/** Is token `i` a month name used as one (not "may" the modal, "March" the verb, "April" the first name)? */
export function isMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (TRIGGERS.get(t.lower) !== 'month' || !capitalised(t) || t.pos === 'AUX' || t.pos === 'VERB') return false;
  const word = undotted(t.lower);
  const next = tokens[i + 1];
  const numberNext = !!next && next.sentence === t.sentence && next.kind === 'number';
  // An abbreviation without its full stop ("Jan", "Dec") is a date only before a day or a year.
  if (!FULL_MONTHS.has(word) && !t.lower.endsWith('.')) return numberNext;
  if (NAME_MONTHS.has(word) && next?.pos === 'PROPN' && capitalised(next) && next.sentence === t.sentence) {
    const before = tokens[i - 1];
    return !!before && before.sentence === t.sentence && (before.pos === 'ADP' || before.pos === 'DET');
  }
  return true;
}

/** The date expression that token `i` heads or ends, if any (see the list above). */
export function expressionAt(tokens: readonly Token[], i: number): Span | undefined {
  const t = tokens[i]!;
  const trigger = TRIGGERS.get(t.lower);
  if (trigger === undefined) {
    if (t.kind === 'decade') return { first: i, last: i };
    if (t.kind === 'number') return NUMERIC_DATE.test(t.text) ? { first: i, last: i } : undefined;
    // "Mid-March": one token.
    const month = t.lower.includes('-') ? PART_MONTH.exec(t.lower)?.[1] : undefined;
    return month && FULL_MONTHS.has(month) ? { first: i, last: i } : undefined;
  }
  if (trigger === 'month') return isMonth(tokens, i) ? { first: monthStart(tokens, i), last: i } : undefined;
  if (trigger === 'day') return { first: i, last: i };
  const before = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
  // "Thursday", "last Thursday"; an abbreviation only before a month ("Thurs., March 5").
  if (trigger === 'weekday') {
    if (!FULL_WEEKDAYS.has(t.lower) && !(capitalised(t) && !!tokens[i + 1] && isMonth(tokens, i + 1))) return undefined;
    return { first: before && WEEKDAY_MODIFIERS.has(before.lower) ? i - 1 : i, last: i };
  }
  if (!before) return undefined;
  switch (trigger) {
    case 'unit':
      return UNIT_MODIFIERS.has(before.lower) ? { first: i - 1, last: i } : undefined;
    case 'time':
      return before.lower === 'this' || before.lower === 'last' ? { first: i - 1, last: i } : undefined;
    case 'shift':
      return DURATION_UNITS.has(before.lower) ? shiftStart(tokens, i) : undefined;
    default:
      return partAt(tokens, i);
  }
}

/** "5 March", "the 5th of March": the day before a month starts the date. */
function monthStart(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]!.sentence;
  const before = tokens[i - 1];
  if (before?.sentence === sentence && DAY_NUMBER.test(before.text) && (before.kind === 'number' || before.kind === 'ordinal')) return i - 1;
  const day = tokens[i - 2];
  if (before?.lower === 'of' && day?.sentence === sentence && day.kind === 'ordinal' && DAY_NUMBER.test(day.text)) return i - 2;
  return i;
}

/** "two years ago", "a few days later", "a couple of weeks ago", "hours later": the shift word at `i`, its unit and count. */
function shiftStart(tokens: readonly Token[], i: number): Span {
  const sentence = tokens[i]!.sentence;
  let first = i - 1;
  const count = tokens[first - 1];
  if (count?.sentence === sentence && (count.kind === 'number' || COUNT_WORDS.has(count.lower))) {
    first--;
    if (count.lower === 'few' && tokens[first - 1]?.lower === 'a') first--;
  } else if (count?.lower === 'of' && tokens[first - 2]?.lower === 'couple' && tokens[first - 3]?.lower === 'a') {
    first -= 3; // "a couple of weeks ago"
  }
  return { first, last: i };
}

/** "the end of February", "the second half of 2009", "the beginning of the year", "the end of next year", around the "of" at `i`. */
function partAt(tokens: readonly Token[], i: number): Span | undefined {
  const sentence = tokens[i]!.sentence;
  const noun = tokens[i - 1]!;
  const first = PART_NOUNS.has(noun.lower) ? i - 1 : noun.lower === 'half' && HALVES.has(tokens[i - 2]?.lower ?? '') ? i - 2 : -1;
  const next = tokens[i + 1];
  if (first < 0 || !next || next.sentence !== sentence) return undefined;
  if (YEAR.test(next.text) || isMonth(tokens, i + 1)) return { first, last: i + 1 };
  const unit = tokens[i + 2];
  const modifier = next.lower === 'the' || next.lower === 'this' || next.lower === 'next' || next.lower === 'last';
  if (modifier && unit?.sentence === sentence && CALENDAR_UNITS.has(unit.lower)) return { first, last: i + 2 };
  return undefined;
}
