/**
 * Long names defined by a bracketed acronym: "the Articulation of Indigenous Peoples of
 * Brazil (APIB)", "Organization of American States (OAS)". Name runs join "of" only after
 * organization words ("Bank of England"), so such a name arrives in pieces ("Indigenous
 * Peoples", "Brazil"); the acronym shows where it starts. When the initials of the
 * capitalised words before the bracket spell the acronym, the pieces become one span,
 * marked `defined` (an organization: people and places are not named that way).
 *
 * The initials are compared as a multiset, not in order: names translated into English keep
 * the acronym of their own language ("Articulação dos Povos Indígenas do Brasil" → APIB).
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import type { NameSpan } from './spans.js';

/** Lower-case words allowed inside such a name; they give no initial. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'del', '&']);

const sortedLetters = (s: string) => [...s].sort().join('');

/** "APIB", "OAS", "U.N." → the letters; undefined when the token is no acronym. */
function acronymLetters(t: Token | undefined): string | undefined {
  if (!t || !/^(?:\p{Lu}\.?){2,8}$/u.test(t.text)) return undefined;
  return t.text.replace(/\./g, '');
}

/**
 * The first token of the name the acronym at `at` (inside brackets) defines, going back from
 * the bracket over capitalised words and connectors; undefined when no start spells it.
 */
function definedStart(tokens: Token[], at: number): number | undefined {
  const letters = acronymLetters(tokens[at]);
  if (!letters || tokens[at - 1]?.text !== '(' || tokens[at + 1]?.text !== ')') return undefined;
  const want = sortedLetters(letters);
  const sentence = tokens[at]!.sentence;
  let initials = '';
  let best: number | undefined;
  for (let k = at - 2; k >= 0 && initials.length <= letters.length; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (CONNECTORS.has(t.lower) && t.text === t.lower) continue;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
    initials += t.text[0];
    // The name never starts on a connector; the longest spelling start wins ("the" stays outside).
    if (sortedLetters(initials) === want) best = k;
  }
  return best;
}

/** The spans lying within tokens [start, end], with their indexes in `spans`. */
function piecesWithin(spans: readonly NameSpan[], start: number, end: number): Array<[NameSpan, number]> {
  const pieces: Array<[NameSpan, number]> = [];
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j]!;
    if (s.first >= start && s.last <= end) pieces.push([s, j]);
  }
  return pieces;
}

/** Replaces the pieces of each acronym-defined name by one span covering the name. */
export function joinAcronymNames(ctx: AnalysisContext, spans: readonly NameSpan[]): NameSpan[] {
  const { tokens } = ctx;
  const out: NameSpan[] = [...spans];
  for (let i = 0; i < out.length; i++) {
    const acronym = out[i]!;
    if (acronym.first !== acronym.last) continue;
    const start = definedStart(tokens, acronym.first);
    if (start === undefined) continue;
    const end = acronym.first - 2;
    // The pieces: spans lying within [start, end]; nothing to do when one span already covers it.
    const pieces = piecesWithin(out, start, end);
    if (pieces.length === 0 || (pieces.length === 1 && pieces[0]![0].first === start && pieces[0]![0].last === end)) {
      if (pieces.length === 1 && end > start) out[pieces[0]![1]] = { ...pieces[0]![0], defined: true };
      continue;
    }
    const head = pieces[0]![0];
    if (head.first !== start || pieces.at(-1)![0].last !== end) continue;
    const joined: NameSpan = { first: start, last: end, sentence: head.sentence, initial: head.initial, heading: head.heading, defined: true };
    out.splice(pieces[0]![1], pieces.length, joined);
    i = pieces[0]![1] + 1;
  }
  return out;
}
