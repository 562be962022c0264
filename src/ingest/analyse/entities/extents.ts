/**
 * Mention extents decided from the neighbouring words: a bracketed acronym takes the fate of
 * the name before it, and organization/place names keep a preceding "the" as the NewsReader
 * annotation guidelines do, unless the name only modifies or possesses what follows.
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import type { Found } from './found.js';
import { TITLE_HEADS } from './lexicon.js';
import type { NameSpan } from './spans.js';

/**
 * "Software Development Kit (SDK)", "Worldwide Developers Conference (WWDC)": an acronym in
 * brackets right after a name shares its fate: a mention of the same thing, or nothing when
 * the name was dropped (an event, a product). Undefined when the span is no such acronym.
 */
export function definedAcronym(ctx: AnalysisContext, span: NameSpan, outcome: ReadonlyMap<number, Found[] | 'pending'>): Found[] | undefined {
  const { tokens } = ctx;
  if (span.first !== span.last || tokens[span.first - 1]?.text !== '(' || tokens[span.last + 1]?.text !== ')') return undefined;
  const text = tokens[span.first]!.text;
  if (!/^\p{Lu}[\p{Lu}&.]+$/u.test(text)) return undefined;
  const before = tokens[span.first - 2];
  if (!before || !/^\p{Lu}/u.test(before.text)) return undefined;
  const result = outcome.get(before.index);
  if (result === 'pending') return undefined;
  const named = result?.at(-1);
  if (!named) return [];
  return [{ ...named, start: tokens[span.first]!.start, end: tokens[span.last]!.end, first: span.first, last: span.last, sentence: span.sentence, form: 'acronym' }];
}

/** The name is a modifier or possessor of what follows ("Apple operating system", "Apple's sales", "Apple Chief Executive"). */
function modifies(next: Token): boolean {
  if (/^['’]s?$/.test(next.text) || TITLE_HEADS.has(next.lower)) return true;
  return next.kind === 'word' && next.text === next.lower && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.lower.endsWith('ing'));
}

/**
 * Guideline extent of names: "the High Court", "the United States" include their article,
 * except where the name only modifies a noun ("the Apple website", "the Geneva talks").
 */
export function withArticle(ctx: AnalysisContext, f: Found): Found {
  if (f.ref.type === 'PERSON' || f.form === 'demonym' || f.form === 'surname' || f.ref.kind === 'facility') return f;
  const the = ctx.tokens[f.first - 1];
  const next = ctx.tokens[f.last + 1];
  if (the?.lower !== 'the' || the.sentence !== f.sentence) return f;
  if (next && modifies(next)) return f;
  return { ...f, first: f.first - 1, start: the.start };
}
