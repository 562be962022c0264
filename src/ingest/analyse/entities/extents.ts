/**
 * Mention extents decided from the neighbouring words: a bracketed acronym takes the fate of
 * the name before it; organization/place names keep a preceding "the" as the NewsReader
 * annotation guidelines do, unless the name only modifies or possesses what follows; a
 * person's mention covers the capitalised title written before the name ("President
 * Volodymyr Zelensky", "Mr Jobs"), and a city's the region or country after it
 * ("Cupertino, California"), as a name mention covers its noun phrase there.
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import { foundMention, type Found } from './found.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
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
  return [foundMention({ ...named, start: tokens[span.first]!.start, end: tokens[span.last]!.end, first: span.first, last: span.last, sentence: span.sentence, form: 'acronym' })];
}

/** The name is a modifier or possessor of what follows ("Apple operating system", "Apple's sales", "Apple Chief Executive"). */
function modifies(next: Token): boolean {
  // "the São Paulo-based institute": a hyphenated compound makes the name a modifier.
  if (/^['’]s?$/.test(next.text) || /^[-–]$/.test(next.text) || TITLE_HEADS.has(next.lower)) return true;
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
  return foundMention({ ...f, first: f.first - 1, start: the.start });
}

/** A capitalised title word before a name: an honorific ("Mr", "Dr."), a title head or its modifier ("Prime", "Minister"); not an acronym ("CEO"). */
function isCapitalisedTitle(t: Token): boolean {
  if (HONORIFICS.has(t.text)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  return TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower);
}

/**
 * "President Volodymyr Zelensky", "Prime Minister Keir Starmer", "Mr Jobs": the capitalised
 * title right before a person's name joins the mention; the name itself (`nameStart`) and
 * its tokens are unchanged, so roles still read the title. Lower-case titles ("president
 * X") and acronyms ("Apple CEO Steve Jobs") stay outside, and so does a title that only
 * modifies ("Prime" alone).
 */
export function withTitle(ctx: AnalysisContext, f: Found): Found {
  if (f.ref.type !== 'PERSON') return f;
  const { tokens } = ctx;
  let k = f.first - 1;
  while (k >= 0 && tokens[k]!.sentence === f.sentence && isCapitalisedTitle(tokens[k]!)) k--;
  if (k === f.first - 1) return f;
  const head = tokens[f.first - 1]!;
  if (!HONORIFICS.has(head.text) && !TITLE_HEADS.has(head.lower)) return f;
  return foundMention({ ...f, start: tokens[k + 1]!.start, nameStart: f.start });
}

/**
 * "Cupertino, California", "Toulouse, France": a city mention covers the region or country
 * written after it to place it; that region or country keeps its own mention too. The
 * city's name (`nameEnd`) is unchanged.
 */
export function withRegion(ctx: AnalysisContext, f: Found, byFirst: ReadonlyMap<number, Found>): Found {
  if (f.ref.type !== 'PLACE' || f.ref.kind !== 'city' || ctx.tokens[f.last + 1]?.text !== ',') return f;
  const region = byFirst.get(f.last + 2);
  if (!region || region.ref.type !== 'PLACE' || (region.ref.kind !== 'region' && region.ref.kind !== 'country') || region.form === 'demonym') return f;
  return foundMention({ ...f, end: region.end, last: region.last, nameEnd: f.end });
}
