/**
 * Reference dates: words that place something in time without naming a calendar date.
 * "The store currently sells music" is about the present, "the recently announced phone" about
 * the past, "prices may rise in the future" about what is to come. TimeML (and so MEANTIME)
 * annotates them as DATEs with the values `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`; the dates
 * stage emits those same values, marked `reference`, never a calendar day guessed from the
 * publication date, so that no event is ever dated by them.
 *
 * "Later" on its own ("later revealing he had…", "at a later time") places something after a
 * moment the text leaves open: TimeML's unanchored `XXXX-XX-XX`, also marked `reference`.
 * Only words that are always a time reference are listed; "soon", "then", "once", "earlier",
 * "previously" also shift or order events, and stay out (see `VAGUE` in interpret.ts).
 */
import type { Token } from '../nlp.js';

/** TimeML's values for the present, the past, the future, and a date left open ("later"). */
export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' | 'XXXX-XX-XX';

/** One-word references, by lower-cased token. */
const WORDS: ReadonlyMap<string, ReferenceValue> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['recent', 'PAST_REF'], // "the recent talks": TimeML annotates the adjective too
  ['lately', 'PAST_REF'],
]);

/** "the past", "(in) future", "at present", "these days", "at the moment": the noun after its determiner or preposition. */
const NOUNS: ReadonlyMap<string, { after: ReadonlySet<string>; value: ReferenceValue }> = new Map([
  ['past', { after: new Set(['the']), value: 'PAST_REF' as const }],
  ['future', { after: new Set(['the', 'in']), value: 'FUTURE_REF' as const }],
  ['present', { after: new Set(['at', 'the']), value: 'PRESENT_REF' as const }],
  ['days', { after: new Set(['these']), value: 'PRESENT_REF' as const }],
  ['moment', { after: new Set(['the']), value: 'PRESENT_REF' as const }],
]);

/** The words `referenceAt` looks at. */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([...WORDS.keys(), ...NOUNS.keys(), 'later']);

/** Parts of speech after "the past"/"the future" that make it a modifier ("the past decade", "the future CEO"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** The reference value of a lower-cased, space-normalised expression, if it is one. */
export function referenceOf(text: string): ReferenceValue | undefined {
  const word = WORDS.get(text);
  if (word) return word;
  if (text === 'later' || /^a later (?:date|time|stage)$/.test(text)) return 'XXXX-XX-XX';
  const words = text.split(' ');
  if (words.length !== 2) return undefined;
  const entry = NOUNS.get(words[1]!);
  return entry?.after.has(words[0]!) ? entry.value : undefined;
}

/**
 * The token range of a reference date at token `i`, if there is one: the word itself, or
 * "the past" / "the future" / "at present" when not modifying a noun ("the past decade" is a
 * duration, "the future CEO" a person), nor inside a hyphenated word ("the now-defunct unit").
 */
export function referenceAt(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const t = tokens[i]!;
  if (WORDS.has(t.lower)) return hyphenated(tokens, i) ? undefined : { first: i, last: i };
  if (t.lower === 'later') return laterAt(tokens, i);
  const entry = NOUNS.get(t.lower);
  const before = tokens[i - 1];
  if (!entry || !before || !entry.after.has(before.lower) || before.sentence !== t.sentence) return undefined;
  // "the moment" is the present only in "at the moment" ("the moment he arrived" is not).
  if (t.lower === 'moment' && tokens[i - 2]?.lower !== 'at') return undefined;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && (MODIFIED.has(next.pos) || hyphenated(tokens, i))) return undefined;
  return { first: i - 1, last: i };
}

/** Is token `i` joined by a hyphen to the next or the previous word ("now-defunct", "up-to-now")? */
function hyphenated(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  return (next?.text === '-' && next.start === tokens[i]!.end) || (previous?.text === '-' && previous.end === tokens[i]!.start);
}

/** What may follow an open "later" and makes it part of another date ("later this year", "later on Monday"). */
const DATE_AFTER = new Set(['this', 'next', 'last', 'that', 'today', 'tonight', 'in', 'on', 'than']);
const OPEN_NOUNS = new Set(['date', 'time', 'stage']);

/** "later" as an adverb on its own, or "a later date/time/stage"; not "later models", "later this year", "two days later". */
function laterAt(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const sameSentence = (t: Token | undefined): t is Token => !!t && t.sentence === tokens[i]!.sentence;
  if (sameSentence(next) && OPEN_NOUNS.has(next.lower) && before?.lower === 'a') return { first: i - 1, last: i + 1 };
  if (tokens[i]!.pos !== 'ADV' || hyphenated(tokens, i)) return undefined;
  if (sameSentence(next) && (DATE_AFTER.has(next.lower) || next.pos === 'NOUN')) return undefined;
  // "three days later", "years later": a shift the candidates stage reads from wink's duration.
  if (sameSentence(before) && (before.pos === 'NOUN' || before.pos === 'NUM' || before.lower === 'much')) return undefined;
  return { first: i, last: i };
}
