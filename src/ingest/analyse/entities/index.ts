/**
 * The entity stage: people, places, organizations and sources, with their mentions,
 * roles, citations and the place-in-place facts the text states.
 *
 *   name spans ──> typed (gazetteers, context) ─┐
 *   domains, channels, facilities ──────────────┼─> linking (article consistency, surnames) ──> keys, entities
 *                                     pending ──┘        └─> roles (HOLDS_ROLE), PART_OF, CITES
 *
 * Reads the token layer only; writes ctx.mentions, ctx.entities and its relations.
 */
import type { Mention } from '../../types.js';
import type { AnalysisContext, Stage } from '../context.js';
import { lookupCountry } from '../gazetteer/index.js';
import { GIVEN_NAME_CONFIDENCE, classifySpan, type ArticleFacts } from './classify.js';
import type { Found, Pending } from './found.js';
import { DEFAULT_CONFIDENCE, assignKeys, buildEntities, linkSurnames, resolvePending, retypeGivenNamePeople, type Linked } from './link.js';
import { findDomains, findFacilities, findLowercaseChannels } from './patterns.js';
import { findNameSpans, headingSentences, type NameSpan } from './spans.js';
import type { Token } from '../nlp.js';
import { TITLE_HEADS } from './lexicon.js';
import { findRoles } from './roles.js';
import { findPartOf } from './part-of.js';
import { findCitations } from './citations.js';

/** Words written in lower case somewhere in the article, and the countries it names. */
function articleFacts(ctx: AnalysisContext): ArticleFacts {
  const lowerWords = new Set<string>();
  const countries = new Set<string>();
  const seen = new Set<string>();
  for (const t of ctx.tokens) {
    if (t.kind !== 'word') continue;
    if (t.text === t.lower) lowerWords.add(t.lower);
    else if (t.pos === 'PROPN' && !seen.has(t.text)) {
      seen.add(t.text);
      const code = lookupCountry(t.text);
      if (code) countries.add(code);
    }
  }
  return { lowerWords, countries };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * "Software Development Kit (SDK)", "Worldwide Developers Conference (WWDC)": an acronym in
 * brackets right after a name shares its fate: a mention of the same thing, or nothing when
 * the name was dropped (an event, a product). Undefined when the span is no such acronym.
 */
function definedAcronym(ctx: AnalysisContext, span: NameSpan, outcome: ReadonlyMap<number, Found[] | 'pending'>): Found[] | undefined {
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
function withArticle(ctx: AnalysisContext, f: Found): Found {
  if (f.ref.type === 'PERSON' || f.form === 'demonym' || f.form === 'surname' || f.ref.kind === 'facility') return f;
  const the = ctx.tokens[f.first - 1];
  const next = ctx.tokens[f.last + 1];
  if (the?.lower !== 'the' || the.sentence !== f.sentence) return f;
  if (next && modifies(next)) return f;
  return { ...f, first: f.first - 1, start: the.start };
}

/** Finds and types every mention of the article, before keys. */
export function findMentions(ctx: AnalysisContext): Found[] {
  const facts = articleFacts(ctx);
  const domains = findDomains(ctx);
  const channels = findLowercaseChannels(ctx);
  const typed: Found[] = [];
  const pending: Pending[] = [];
  // What became of the span ending at each token: its mentions, or none when it was dropped.
  const outcome = new Map<number, Found[] | 'pending'>();
  for (const span of findNameSpans(ctx, headingSentences(ctx))) {
    const range = { start: ctx.tokens[span.first]!.start, end: ctx.tokens[span.last]!.end };
    if (domains.some((d) => overlaps(d, range))) continue;
    const defined = definedAcronym(ctx, span, outcome);
    if (defined) {
      typed.push(...defined);
      continue;
    }
    const result = classifySpan(ctx, span, facts);
    if ('found' in result) typed.push(...result.found);
    else pending.push(result.pending);
    outcome.set(span.last, 'found' in result ? result.found : 'pending');
  }
  const found = [...domains, ...channels, ...typed];
  retypeGivenNamePeople(ctx, found, pending, GIVEN_NAME_CONFIDENCE);
  found.push(...resolvePending(ctx, found, pending));
  found.push(...findFacilities(ctx, found));
  linkSurnames(ctx, found);
  return found.map((f) => withArticle(ctx, f)).sort((a, b) => a.start - b.start || b.end - a.end);
}

function toMention(ctx: AnalysisContext, l: Linked): Mention {
  const next = ctx.tokens[l.last + 1];
  const possessive = l.form === 'name' && next !== undefined && /^['’]s$/.test(next.text) && next.start === l.end;
  return {
    start: l.start,
    end: l.end,
    sentence: l.sentence,
    text: ctx.article.text.slice(l.start, l.end),
    type: l.ref.type,
    entity: l.key,
    form: possessive ? 'possessive' : l.form,
    confidence: l.confidence,
  };
}

export const entities: Stage = {
  name: 'entities',
  run(ctx) {
    const linked = assignKeys(findMentions(ctx));
    const built = buildEntities(ctx, linked);
    ctx.mentions.push(...linked.map((l) => toMention(ctx, l)));
    const roles = findRoles(ctx, linked);
    for (const entity of built) {
      const held = roles.byPerson.get(entity.key);
      if (held) entity.roles = held;
    }
    ctx.entities.push(...built);
    const guessed = built.filter((e) => e.type === 'ORGANIZATION' && e.confidence <= DEFAULT_CONFIDENCE).map((e) => e.name);
    if (guessed.length > 0) {
      ctx.diagnostics.push({
        origin: 'entities:guessed',
        severity: 'info',
        message: `typed as organizations for want of other evidence: ${guessed.join(', ')}`,
        input: ctx.article.input,
      });
    }
    ctx.relations.push(...roles.relations, ...findPartOf(ctx, linked));
    const cited = findCitations(ctx, linked);
    ctx.entities.push(...cited.entities.filter((e) => !built.some((b) => b.key === e.key)));
    ctx.relations.push(...cited.relations);
  },
};
