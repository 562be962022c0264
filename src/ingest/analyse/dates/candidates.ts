/**
 * Where the dates are: token ranges of date expressions, from wink's DATE entities plus
 * the shapes wink leaves out or cuts short ("three days later", "until October 2007",
 * "this weekend", "the fourth quarter", "mid-2011", "this morning", "WWDC 2005", "spring 2009"), with ranges split
 * ("from 2009 to 2011" is two dates), and fiscal years ("fiscal 2008", "FY2009"), the present, past and future references ("now",
 * "recently", "the future"; references.ts). Pure over the token layer.
 */
import type { Token, TokenLayer } from '../nlp.js';
import { referenceAt } from './references.js';

export interface Candidate {
  /** Inclusive token range. */
  first: number;
  last: number;
}

const SHIFT_WORDS = new Set(['later', 'ago', 'earlier', 'afterwards']);
const PART_WORDS = new Set(['early', 'mid', 'late']);
const RELATIVE_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'coming', 'previous', 'current']);
const QUARTER_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'this', 'current', 'previous', '1st', '2nd', '3rd', '4th']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few']);
const UNIT = /^(?:days?|weeks?|months?|years?)$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const PART_YEAR = /^(?:early|mid|late)-(?:1[5-9]|20)\d\d$/i;
/**
 * Words before a bare year that make it a date ("in 2009"). Not "of", "to", "and", "from":
 * "a workforce of 2000", "from 500 to 2000 units" are counts (wink tags real year ranges).
 */
const YEAR_INTRODUCERS = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'early', 'late', 'before', 'after']);
/** A DURATION opened by one of these ("until October 2007", "since 1998") ends or starts at a date. */
const BOUNDARY_WORDS = new Set(['since', 'until', 'till', 'by', 'from', 'through', 'before', 'after']);
const MONTH_OR_YEAR = /^(?:(?:1[5-9]|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** Times of day that also name the day ("this morning", "Tuesday evening"). */
const DAY_IN_TIME = /\b(?:today|tonight|yesterday|tomorrow|this|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** Words that join the two ends of a range inside one wink DATE. */
const RANGE_JOINERS = new Set(['to', 'and', 'through', 'until', '-', '–', '—']);

const sameSentence = (tokens: readonly Token[], a: number, b: number) => tokens[a]?.sentence === tokens[b]?.sentence;

/** Extend leftwards over "early"/"mid"/"late" and over a count before a unit ("two" + "years ago"). */
function extendLeft(tokens: readonly Token[], c: Candidate): Candidate {
  let first = c.first;
  const before = tokens[first - 1];
  if (before && sameSentence(tokens, first - 1, first)) {
    if (PART_WORDS.has(before.lower)) first--;
    else if (UNIT.test(tokens[first]!.lower) && (NUMBER_WORDS.has(before.lower) || before.kind === 'number')) first--;
  }
  return { first, last: c.last };
}

const MONTH_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const DAY_NUMBER = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;

/** Extend rightwards over a day and a year wink left out after a month name ("September 01, 2007"). */
function extendRight(tokens: readonly Token[], c: Candidate): Candidate {
  let last = c.last;
  if (!MONTH_NAME.test(tokens[last]!.text)) return c;
  const day = tokenInSentence(tokens, c.first, last + 1);
  if (day && DAY_NUMBER.test(day.text)) last++;
  if (tokenInSentence(tokens, c.first, last + 1)?.text === ',' && YEAR.test(tokenInSentence(tokens, c.first, last + 2)?.text ?? '')) last += 2;
  else if (YEAR.test(tokenInSentence(tokens, c.first, last + 1)?.text ?? '')) last++;
  return { first: c.first, last };
}

/** Token `i`, if it lies in the sentence of token `anchor`. */
function tokenInSentence(tokens: readonly Token[], anchor: number, i: number): Token | undefined {
  return sameSentence(tokens, anchor, i) ? tokens[i] : undefined;
}

/** Split "2009 to 2011" / "between 2014 and 2016" at the joiner when both sides hold a month or year. */
function splitRange(tokens: readonly Token[], c: Candidate): Candidate[] {
  for (let t = c.first + 1; t < c.last; t++) {
    if (!RANGE_JOINERS.has(tokens[t]!.lower)) continue;
    const left = tokens.slice(c.first, t);
    const right = tokens.slice(t + 1, c.last + 1);
    if (left.some((x) => MONTH_OR_YEAR.test(x.text)) && right.some((x) => MONTH_OR_YEAR.test(x.text))) {
      const start = tokens[c.first]!.lower === 'between' || tokens[c.first]!.lower === 'from' ? c.first + 1 : c.first;
      return [{ first: start, last: t - 1 }, ...splitRange(tokens, { first: t + 1, last: c.last })];
    }
  }
  return [c];
}

/** Candidates from wink's DATE, DURATION and TIME entities. */
function fromWink(layer: Pick<TokenLayer, 'tokens' | 'winkEntities'>): Candidate[] {
  const { tokens } = layer;
  const found: Candidate[] = [];
  for (const e of layer.winkEntities) {
    if (e.type === 'DATE') {
      found.push(...splitRange(tokens, extendRight(tokens, extendLeft(tokens, { first: e.first, last: e.last }))));
    } else if (e.type === 'DURATION') {
      const next = tokens[e.last + 1];
      // "three days" + "later"/"ago" is a point in time, not a duration.
      if (next && SHIFT_WORDS.has(next.lower)) found.push(extendLeft(tokens, { first: e.first, last: e.last + 1 }));
      // "until October 2007": the date after the boundary word.
      else if (BOUNDARY_WORDS.has(tokens[e.first]!.lower) && tokens.slice(e.first + 1, e.last + 1).some((t) => MONTH_OR_YEAR.test(t.text)))
        found.push(...splitRange(tokens, { first: e.first + 1, last: e.last }));
      // "between 2005 and 2007": the years are dates.
      else for (let t = e.first; t <= e.last; t++) if (YEAR.test(tokens[t]!.text)) found.push({ first: t, last: t });
    } else if (e.type === 'TIME' && DAY_IN_TIME.test(e.text)) {
      found.push({ first: e.first, last: e.last });
    }
  }
  return found;
}

/**
 * Candidates wink does not tag: "this weekend", "the fourth quarter (of 2009)", "mid-2011", "in 2009".
 * Runs for every token: the pattern tests are guarded by a cheap test of what they need ("FY", a hyphen).
 */
function fromTokens(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const t of tokens) {
    const i = t.index;
    const before = tokens[i - 1];
    if (!before) continue;
    if (t.lower === 'weekend') {
      if (RELATIVE_MODIFIERS.has(before.lower)) found.push({ first: i - 1, last: i });
    } else if (t.lower === 'quarter') {
      const quarter = quarterAt(tokens, i);
      if (quarter) found.push(quarter);
    } else if (t.kind === 'number') {
      const fiscal = fiscalBefore(tokens, i);
      if (YEAR.test(t.text) && fiscal !== undefined) found.push({ first: fiscal, last: i });
      else if (YEAR.test(t.text) && (YEAR_INTRODUCERS.has(before.lower) || namesEdition(tokens, i))) found.push({ first: i, last: i });
    } else if (t.text.startsWith('FY') && FISCAL_YEAR.test(t.text)) {
      found.push({ first: i, last: i }); // "FY2008" is one token
    } else if (SEASONS.has(t.lower)) {
      const season = seasonAt(tokens, i);
      if (season) found.push(season);
    } else if (t.text.includes('-') && PART_YEAR.test(t.text)) {
      found.push({ first: i, last: i }); // "mid-2011" is one token
    } else {
      const reference = referenceAt(tokens, i);
      if (reference) found.push(reference);
    }
  }
  return found.filter((c) => sameSentence(tokens, c.first, c.last));
}

/**
 * "spring 2009", "the summer of 2008", "this autumn", "last winter", "in the spring", "by
 * spring", "early summer": a season with a year, a modifier, a determiner, a preposition of
 * time or a part word. A bare "spring" or "fall" is too often a noun or a verb, and so is
 * "fall" after anything but "in" ("the fall of the wall", "after fall in prices"); a season modifying a noun ("the summer season", "the Winter Olympics",
 * "in spring water") is no date.
 */
function seasonAt(tokens: readonly Token[], i: number): Candidate | undefined {
  const before = tokens[i - 1];
  const first = before && (RELATIVE_MODIFIERS.has(before.lower) || PART_WORDS.has(before.lower) || before.lower === 'the') ? i - 1 : i;
  const of = tokens[i + 1]?.lower === 'of' ? 1 : 0;
  if (YEAR.test(tokens[i + 1 + of]?.text ?? '')) return { first, last: i + 1 + of };
  if (!before || before.sentence !== tokens[i]!.sentence) return undefined;
  if (RELATIVE_MODIFIERS.has(before.lower)) return { first, last: i };
  if (first === i && !SEASON_PREPOSITIONS.has(before.lower)) return undefined;
  if (tokens[i]!.lower === 'fall' && before.lower !== 'in') return undefined;
  const next = tokens[i + 1];
  const modifies = next && next.sentence === tokens[i]!.sentence && (SEASON_MODIFIED.has(next.pos) || next.lower === 'of' || next.text === '-');
  return modifies ? undefined : { first, last: i };
}

/** Prepositions of time before a bare season ("in spring", "by summer", "until winter"). */
const SEASON_PREPOSITIONS = new Set(['in', 'by', 'until', 'till', 'during', 'through', 'since', 'before', 'after']);
/** Parts of speech after "the summer" that make it a modifier or a noun phrase head ("the summer season"). */
const SEASON_MODIFIED = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

const FISCAL = new Set(['fiscal', 'financial']);
const FISCAL_YEAR = /^FY(?:\d\d){1,2}$/;

/** First token of "fiscal" / "fiscal year" / "financial year" right before the year at `i`, if any. */
function fiscalBefore(tokens: readonly Token[], i: number): number | undefined {
  const before = tokens[i - 1]!;
  if (FISCAL.has(before.lower)) return i - 1;
  if (before.lower === 'year' && FISCAL.has(tokens[i - 2]?.lower ?? '')) return i - 2;
  return undefined;
}

/**
 * "WWDC 2005", "Expo 2020", "Developers Conference 2010": a year naming the edition of an
 * event (an acronym or an event noun before it), not a model number ("Boeing 747").
 */
function namesEdition(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i - 1]!;
  if (name.end !== tokens[i]!.start - 1 || name.sentence !== tokens[i]!.sentence) return false;
  return /^\p{Lu}{2,6}$/u.test(name.text) || EVENT_NOUNS.has(name.text);
}

/** "fourth quarter", "third-quarter", "the final quarter of 2009", "the first quarter of this year", around the token "quarter" at `i`. */
function quarterAt(tokens: readonly Token[], i: number): Candidate | undefined {
  const ordinal = tokens[i - 1]!.lower === '-' ? i - 2 : i - 1;
  if (!QUARTER_ORDINALS.has(tokens[ordinal]?.lower ?? '')) return undefined;
  let last = i;
  if (tokens[i + 1]?.lower === 'of') {
    if (YEAR.test(tokens[i + 2]?.text ?? '')) last = i + 2;
    else if (RELATIVE_MODIFIERS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'year') last = i + 3;
  }
  return { first: tokens[ordinal - 1]?.lower === 'the' ? ordinal - 1 : ordinal, last };
}

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
/** Capitalised nouns that end event names, whose year is the edition ("Conference 2010"). */
const EVENT_NOUNS = new Set(['Conference', 'Summit', 'Expo', 'Festival', 'Championship', 'Championships', 'Olympics', 'Games', 'Cup', 'Awards', 'Show', 'Fair', 'Forum']);

const COUNT_CONTEXT = new Set(['to', 'from', 'of', 'and', 'or', 'than', 'about', 'around', 'nearly', 'some', 'over']);

/** A lone year-like number inside a count ("from 500 to 1800 units"), which wink may tag DATE. */
function isCount(tokens: readonly Token[], c: Candidate): boolean {
  if (c.first !== c.last || !YEAR.test(tokens[c.first]!.text)) return false;
  const before = tokens[c.first - 1];
  const after = tokens[c.first + 1];
  return !!before && !!after && COUNT_CONTEXT.has(before.lower) && after.pos === 'NOUN';
}

/**
 * "in his 50s", "their 20s and 30s": a bare short decade is an age unless "the", a part word or
 * an apostrophe makes it a decade ("the 80s", "the late 70s", "'80s"), or it is joined to such a
 * decade ("the 80s and 90s").
 */
function isAge(tokens: readonly Token[], c: Candidate): boolean {
  return SHORT_DECADE.test(tokens[c.last]!.text) && !decadeAt(tokens, c.last);
}

const SHORT_DECADE = /^\d0s$/;
const DECADE_JOINERS = new Set(['and', 'or', 'to', 'through', '-', '–']);

/** Is the short decade at `i` introduced as a decade (see `isAge`)? */
function decadeAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.lower === 'the' || PART_WORDS.has(before.lower)) return true;
  const joined = tokens[i - 2];
  return DECADE_JOINERS.has(before.lower) && !!joined && /^'?\d0s$/.test(joined.text) && (joined.text.startsWith("'") || decadeAt(tokens, i - 2));
}

/** A season word that `seasonAt` does not take for a date ("the summer season"), which wink may tag DATE. */
const isSeasonNoun = (tokens: readonly Token[], c: Candidate): boolean =>
  SEASONS.has(tokens[c.last]!.lower) && !seasonAt(tokens, c.last);

export function findCandidates(layer: Pick<TokenLayer, 'tokens' | 'winkEntities'>): Candidate[] {
  const { tokens } = layer;
  const found = [...fromWink(layer), ...fromTokens(tokens)].filter((c) => !isCount(tokens, c) && !isAge(tokens, c) && !isSeasonNoun(tokens, c));
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  // Overlapping candidates merge into their union (wink's "fourth" + our "fourth quarter of 2009"),
  // and so do a month and a year joined by "of" ("October" + "of" + "next year").
  const kept: Candidate[] = [];
  for (const c of found) {
    const previous = kept.at(-1);
    const joinedByOf =
      previous && c.first === previous.last + 2 && layer.tokens[previous.last + 1]!.lower === 'of' && MONTH_NAME.test(layer.tokens[previous.last]!.text);
    if (previous && (c.first <= previous.last || joinedByOf)) {
      previous.last = Math.max(previous.last, c.last);
      continue;
    }
    kept.push({ ...c });
  }
  return kept;
}
