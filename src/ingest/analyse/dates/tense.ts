/**
 * Which way a date points, read from the verb group that governs it: "confirmed on
 * Thursday" (past), "would be released on Friday" / "will meet on Tuesday" (future),
 * "is scheduled for March 9" (future: planned). No parser: the nearest verb group to the
 * left of the date in its sentence, else to the right.
 */
import type { Token } from '../nlp.js';

export type Tense = 'past' | 'future' | 'present';

// "'d" is left out: "he'd gone" is past, "he'd go" is not.
// Modals of possibility and obligation point forward too ("may be signed on September 12").
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', 'wo', 'going', 'should', 'may', 'might', 'must']);
const PLANNED = new Set(['scheduled', 'set', 'due', 'expected', 'planned', 'slated', 'poised', 'plans', 'plan', 'intends', 'aims', 'hopes', 'upcoming', 'forthcoming']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_PERFECT = new Set(['has', 'have', "'ve"]);
/** Present forms whose lemma differs from the form ("are" → be), so they are not mistaken for past forms. */
const PRESENT_FORMS = new Set(['am', 'is', 'are', "'s", "'re", "'m", 'do', 'does', 'can', 'may', 'must', 'be']);
const VERBAL = new Set(['VERB', 'AUX']);
/** Tokens that may sit inside a verb group ("will not be", "has already been"). */
const INSIDE_GROUP = new Set(['PART', 'ADV']);

/** Collect the verb group around token `at` (which is a verb or auxiliary). */
function verbGroup(tokens: readonly Token[], at: number, first: number, last: number): Token[] {
  let a = at;
  let b = at;
  while (a - 1 >= first && (VERBAL.has(tokens[a - 1]!.pos) || INSIDE_GROUP.has(tokens[a - 1]!.pos))) a--;
  while (b + 1 <= last && (VERBAL.has(tokens[b + 1]!.pos) || INSIDE_GROUP.has(tokens[b + 1]!.pos))) b++;
  // "to" + verb after a planning word: "scheduled to take place".
  if (b + 2 <= last && tokens[b + 1]!.lower === 'to' && VERBAL.has(tokens[b + 2]!.pos)) b += 2;
  return tokens.slice(a, b + 1);
}

function tenseOfGroup(group: readonly Token[]): Tense | undefined {
  if (group.some((t) => FUTURE_AUX.has(t.lower) || PLANNED.has(t.lower))) return 'future';
  // An infinitive ("to be held on October 12", "expects to close on Monday", "agreed to meet
  // on Tuesday") points forward from the verb that governs it.
  // The verb after "to" must be a base form (guards against tagging slips: "according to figures released").
  if (group.some((t, i) => t.lower === 'to' && isBaseVerb(group[i + 1]))) return 'future';
  // "has" alone is possession ("has a June 1 deadline"); with a participle it is a perfect.
  const perfect = group.length > 1 && group.some((t) => PRESENT_PERFECT.has(t.lower));
  if (perfect || group.some((t) => PAST_AUX.has(t.lower))) return 'past';
  if (group.some(isPastForm)) return 'past';
  return group.some((t) => VERBAL.has(t.pos)) ? 'present' : undefined;
}

/** A verb or auxiliary in its base form ("meet", "be"). */
function isBaseVerb(t: Token | undefined): boolean {
  return t !== undefined && VERBAL.has(t.pos) && t.lower === t.lemma;
}

/**
 * Regular past ("confirmed") or irregular past ("took", "met"): a verb form that differs
 * from its lemma and is not a present form (-s, -ing, "are").
 */
function isPastForm(t: Token): boolean {
  return VERBAL.has(t.pos) && !PRESENT_FORMS.has(t.lower) && (/ed$/.test(t.lower) || (t.lemma !== t.lower && !/(?:s|ing)$/.test(t.lower)));
}

/**
 * Tense governing the token range [first, last] of a date inside the sentence whose
 * tokens are [sentenceFirst, sentenceLast].
 */
export function tenseAround(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
): Tense {
  // Walking left, a planning word met before any verb ("the upcoming Friday meeting") decides.
  for (let i = first - 1; i >= sentenceFirst; i--) {
    const t = tokens[i]!;
    if (VERBAL.has(t.pos)) {
      const found = tenseOfGroup(verbGroup(tokens, i, sentenceFirst, sentenceLast));
      if (found) return found;
      break;
    }
    if (PLANNED.has(t.lower) || FUTURE_AUX.has(t.lower)) return 'future';
  }
  for (let i = last + 1; i <= sentenceLast; i++) {
    if (VERBAL.has(tokens[i]!.pos)) {
      return tenseOfGroup(verbGroup(tokens, i, sentenceFirst, sentenceLast)) ?? 'present';
    }
  }
  return 'present';
}
