/**
 * The peer extractor: compromise's people / places / organizations, located by character
 * offsets, so it is scored by the same code as newsgraph. A yardstick, not a dependency.
 */
import nlp from 'compromise';
import type { EvalType, TypedSpan } from './spans.js';

interface CompromiseTerm {
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}

const VIEWS: Array<[EvalType, 'people' | 'places' | 'organizations']> = [
  ['PER', 'people'],
  ['LOC', 'places'],
  ['ORG', 'organizations'],
];

/** compromise's named mentions in `text`, typed PER/LOC/ORG. Spans run from the first to the last term (no trailing punctuation). */
export function peerMentions(text: string): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  for (const [type, view] of VIEWS) {
    for (const match of doc[view]().json({ offset: true }) as CompromiseMatch[]) {
      const first = match.terms[0];
      const last = match.terms.at(-1);
      if (!first || !last) continue;
      out.push({ type, start: first.offset.start, end: last.offset.start + last.offset.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
