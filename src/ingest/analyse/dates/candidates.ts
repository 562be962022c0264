/**
 * Where the dates are: token ranges of date expressions, from wink's DATE entities plus
 * the few shapes wink leaves out or cuts short ("three days later", "since 1998",
 * "this weekend"). Pure over the token layer.
 */
import type { Token, TokenLayer } from '../nlp.js';

export interface Candidate {
  /** Inclusive token range. */
  first: number;
  last: number;
}

const SHIFT_WORDS = new Set(['later', 'ago', 'earlier', 'after', 'afterwards', 'before']);
const PART_WORDS = new Set(['early', 'mid', 'late']);
const WEEKEND_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'coming']);
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Extend a wink DATE leftwards over "early"/"mid"/"late" when wink left them out. */
function withPart(tokens: readonly Token[], c: Candidate): Candidate {
  const before = tokens[c.first - 1];
  return before && PART_WORDS.has(before.lower) && before.sentence === tokens[c.first]!.sentence
    ? { first: c.first - 1, last: c.last }
    : c;
}

export function findCandidates(layer: Pick<TokenLayer, 'tokens' | 'winkEntities'>): Candidate[] {
  const { tokens } = layer;
  const found: Candidate[] = [];
  for (const e of layer.winkEntities) {
    if (e.type === 'DATE') {
      found.push(withPart(tokens, { first: e.first, last: e.last }));
    } else if (e.type === 'DURATION') {
      // "three days" + "later"/"ago" is a point in time, not a duration.
      const next = tokens[e.last + 1];
      if (next && SHIFT_WORDS.has(next.lower)) found.push({ first: e.first, last: e.last + 1 });
      // "since 1998", "between 2005 and 2007": the years are dates.
      else for (let t = e.first; t <= e.last; t++) if (YEAR.test(tokens[t]!.text)) found.push({ first: t, last: t });
    }
  }
  // "this weekend", which wink does not tag.
  for (const t of tokens) {
    const before = tokens[t.index - 1];
    if (t.lower === 'weekend' && before && WEEKEND_MODIFIERS.has(before.lower)) found.push({ first: before.index, last: t.index });
  }
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  // Keep the longest of overlapping candidates.
  const kept: Candidate[] = [];
  for (const c of found) {
    const previous = kept.at(-1);
    if (previous && c.first <= previous.last) {
      previous.last = Math.max(previous.last, c.last);
      continue;
    }
    kept.push({ ...c });
  }
  return kept;
}
