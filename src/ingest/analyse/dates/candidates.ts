/**
 * Where the dates are: token ranges of date expressions, from the calendar shapes of
 * expressions.ts (months, weekdays, "yesterday", "last year", "two days later", "the end of
 * February"…) with their part word and their day and year ("early February", "September 01,
 * 2007"), plus bare years ("in 2009", "the 1991 agreement", "from 2005 to 2007"), "this weekend",
 * "the fourth quarter", "mid-2011", "WWDC 2005", "spring 2009", fiscal years ("fiscal 2008",
 * "FY2009") and the present, past and future references ("now", "recently", "the future";
 * references.ts). Pure over the token layer.
 */
import type { Token, TokenLayer } from '../nlp.js';
import { isMonthName, YEAR } from './calendar-words.js';
import { DAY_NUMBER, EXPRESSION_WORDS, expressionAt, type Span } from './expressions.js';
import { REFERENCE_WORDS, referenceAt } from './references.js';

/** An inclusive token range. */
export type Candidate = Span;

const PART_WORDS = new Set(['early', 'mid', 'late']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const RELATIVE_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'coming', 'previous', 'current']);
const QUARTER_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'this', 'current', 'previous', '1st', '2nd', '3rd', '4th']);
const PART_YEAR = /^(?:early|mid|late)-(?:1[5-9]|20)\d\d$/i;
/** Words before a bare year that make it a date ("in 2009", "the year 2000"). Not "of": "a workforce of 2000". */
const YEAR_INTRODUCERS = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'early', 'late', 'before', 'after', 'year']);
/** Words before a year that modifies a noun ("the 1991 agreement", "its 2011 version"). */
const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** The start of a year range ("from 2005 to 2007", "between 2005 and 2007") and its joiners. */
const RANGE_OPENERS = new Set(['from', 'between']);
const RANGE_JOINERS = new Set(['to', 'and', 'through', 'until', '-', '–']);
const sameSentence = (tokens: readonly Token[], a: number, b: number) => tokens[a]?.sentence === tokens[b]?.sentence;

/** Extend leftwards over "early"/"mid"/"late" ("early February", "late 2006"); a shift's count is its own (expressions.ts). */
function extendLeft(tokens: readonly Token[], c: Candidate): Candidate {
  const before = tokens[c.first - 1];
  return before && PART_WORDS.has(before.lower) && sameSentence(tokens, c.first - 1, c.first) ? { first: c.first - 1, last: c.last } : c;
}


/** Extend rightwards over the day and the year after a month name ("September 01, 2007", "March 5, 2026"). */
function extendRight(tokens: readonly Token[], c: Candidate): Candidate {
  let last = c.last;
  if (!isMonthName(tokens[last]!.lower)) return c;
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

/**
 * Words that can start or end a date: those of expressions.ts and references.ts, and the shapes
 * here. The scan runs for every token; all other words are passed over on this one lookup.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([...EXPRESSION_WORDS, ...REFERENCE_WORDS, ...SEASONS, 'weekend', 'quarter']);

/** Every candidate of the token layer, in one pass: the shapes of expressions.ts, then those of `shapeAt`. */
function scan(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const t of tokens) {
    // Numbers (years, numeric dates), decades, "mid-2011", "FY2008", and the date words.
    if (t.kind !== 'number' && t.kind !== 'decade' && !DATE_WORDS.has(t.lower) && !t.lower.includes('-') && !t.text.startsWith('FY')) continue;
    const expression = expressionAt(tokens, t.index);
    if (expression) found.push(extendRight(tokens, extendLeft(tokens, expression)));
    const shape = shapeAt(tokens, t.index);
    if (shape && sameSentence(tokens, shape.first, shape.last)) found.push(shape);
  }
  return found;
}

/** "this weekend", "the fourth quarter (of 2009)", "fiscal 2008", "in 2009", "FY2008", seasons, "mid-2011", references, at token `i`. */
function shapeAt(tokens: readonly Token[], i: number): Candidate | undefined {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (!before) return undefined;
  if (t.lower === 'weekend') return RELATIVE_MODIFIERS.has(before.lower) ? { first: i - 1, last: i } : undefined;
  if (t.lower === 'quarter') return quarterAt(tokens, i);
  if (t.kind === 'number') {
    if (!YEAR.test(t.text)) return undefined;
    const fiscal = fiscalBefore(tokens, i);
    if (fiscal !== undefined) return { first: fiscal, last: i };
    return yearIsDate(tokens, i) ? extendLeft(tokens, { first: i, last: i }) : undefined; // "early 2009"
  }
  if (t.text.startsWith('FY')) return FISCAL_YEAR.test(t.text) ? { first: i, last: i } : undefined; // "FY2008" is one token
  if (SEASONS.has(t.lower)) return seasonAt(tokens, i);
  if (t.text.includes('-') && PART_YEAR.test(t.text)) return { first: i, last: i }; // "mid-2011" is one token
  return referenceAt(tokens, i);
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
 * Is the bare year at `i` a date? After a preposition of time ("in 2009"), naming an edition
 * ("WWDC 2005"), modifying a singular noun or a name after a determiner ("the 1991 agreement",
 * "the 2026 World Cup"), closing a sentence after "for" or "from" ("a year from 2027."), or at
 * either end of a year range ("from 2005 to 2007"). Not a count: "a workforce of 2000", "from 500
 * to 2000 units", "the 2000 employees".
 */
function yearIsDate(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  if (YEAR_INTRODUCERS.has(before.lower) || namesEdition(tokens, i)) return true;
  const next = tokenInSentence(tokens, i, i + 1);
  if (YEAR_DETERMINERS.has(before.lower)) return !!next && (next.pos === 'PROPN' || (next.pos === 'NOUN' && !next.lower.endsWith('s')));
  // A range of years is no count of things ("between 1500 and 2000 units").
  if (RANGE_OPENERS.has(before.lower) && next && RANGE_JOINERS.has(next.lower)) return YEAR.test(tokenInSentence(tokens, i, i + 2)?.text ?? '') && tokenInSentence(tokens, i, i + 3)?.pos !== 'NOUN';
  if (RANGE_JOINERS.has(before.lower)) return YEAR.test(tokens[i - 2]?.text ?? '') && RANGE_OPENERS.has(tokens[i - 3]?.lower ?? '') && next?.pos !== 'NOUN';
  return (before.lower === 'for' || before.lower === 'from') && (!next || next.kind === 'punctuation');
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

/** Capitalised nouns that end event names, whose year is the edition ("Conference 2010"). */
const EVENT_NOUNS = new Set(['Conference', 'Summit', 'Expo', 'Festival', 'Championship', 'Championships', 'Olympics', 'Games', 'Cup', 'Awards', 'Show', 'Fair', 'Forum']);

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

export function findCandidates(layer: Pick<TokenLayer, 'tokens'>): Candidate[] {
  const { tokens } = layer;
  const found = scan(tokens).filter((c) => !isAge(tokens, c));
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  // Overlapping candidates merge into their union (wink's "fourth" + our "fourth quarter of 2009"),
  // and so do a month and a year joined by "of" ("October" + "of" + "next year").
  const kept: Candidate[] = [];
  for (const c of found) {
    const previous = kept.at(-1);
    const joinedByOf =
      previous && c.first === previous.last + 2 && layer.tokens[previous.last + 1]!.lower === 'of' && isMonthName(layer.tokens[previous.last]!.lower);
    if (previous && (c.first <= previous.last || joinedByOf)) {
      previous.last = Math.max(previous.last, c.last);
      continue;
    }
    kept.push({ ...c });
  }
  return kept;
}
