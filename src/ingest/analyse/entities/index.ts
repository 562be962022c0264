/**
 * The entity stage: people, places, organizations and sources, with their mentions,
 * roles, citations and the place-in-place facts the text states.
 *
 *   name spans ──> typed (gazetteers, context) ─┐
 *   bracketed acronyms (same fate as the name) ─┤
 *   domains, channels, facilities ──────────────┼─> linking (given-name people checked, pending decided,
 *                                     pending ──┘    surnames joined) ──> extents ("the …") ──> keys, entities
 *                                                                           └─> roles (HOLDS_ROLE), PART_OF, CITES
 *
 * Reads the token layer only; writes ctx.mentions, ctx.entities and its relations.
 */
import type { Diagnostic, Entity, Mention } from '../../types.js';
import type { AnalysisContext, Stage } from '../context.js';
import { lookupCountry } from '../gazetteer/index.js';
import { GIVEN_NAME_CONFIDENCE, classifySpan, isPossessiveMark, type ArticleFacts } from './classify.js';
import type { Found, Pending } from './found.js';
import { DEFAULT_CONFIDENCE, assignKeys, buildEntities, linkSurnames, resolvePending, retypeGivenNamePeople, type Linked } from './link.js';
import { findDomains, findFacilities, findLowercaseChannels } from './patterns.js';
import { findNameSpans, headingSentences, type NameSpan } from './spans.js';
import { joinAcronymNames } from './acronym-names.js';
import { companyCue } from './cues.js';
import { definedAcronym, withArticle, withRegion, withTitle } from './extents.js';
import { findRoles } from './roles.js';
import { findPartOf } from './part-of.js';
import { findCitations } from './citations.js';

/** Words written in lower case somewhere in the article, the countries it names, the names it treats as companies (see cues.ts). */
function articleFacts(ctx: AnalysisContext, spans: readonly NameSpan[]): ArticleFacts {
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
  const corporate = new Set<string>();
  const companies = new Set<string>();
  for (const span of spans) {
    const cue = companyCue(ctx, span);
    if (!cue) continue;
    const name = ctx.text.slice(ctx.tokens[span.first]!.start, ctx.tokens[span.last]!.end);
    corporate.add(name);
    if (cue === 'strong') companies.add(name);
  }
  return { lowerWords, countries, corporate, companies };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Types every name span (or leaves it pending), in text order; spans inside a domain are skipped. */
function typeSpans(ctx: AnalysisContext, spans: readonly NameSpan[], facts: ArticleFacts, domains: readonly Found[]): { typed: Found[]; pending: Pending[] } {
  const typed: Found[] = [];
  const pending: Pending[] = [];
  // What became of the span ending at each token: its mentions, or none when it was dropped.
  const outcome = new Map<number, Found[] | 'pending'>();
  for (const span of spans) {
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
  return { typed, pending };
}

/** Each mention with its guideline extent (title, "the", region: extents.ts), in text order, longer first. */
function withExtents(ctx: AnalysisContext, found: readonly Found[]): Found[] {
  const byFirst = new Map<number, Found>();
  for (const f of found) byFirst.set(f.first, f);
  // Loops, not map(): an array built by push has one shape whichever tier of the JIT runs this.
  const out: Found[] = [];
  for (const f of found) out.push(withTitle(ctx, withArticle(ctx, withRegion(ctx, f, byFirst))));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Finds and types every mention of the article, before keys. */
export function findMentions(ctx: AnalysisContext): Found[] {
  const spans = joinAcronymNames(ctx, findNameSpans(ctx, headingSentences(ctx)));
  const facts = articleFacts(ctx, spans);
  const domains = findDomains(ctx);
  const channels = findLowercaseChannels(ctx);
  const { typed, pending } = typeSpans(ctx, spans, facts, domains);
  const found = [...domains, ...channels, ...typed];
  retypeGivenNamePeople(ctx, found, pending, GIVEN_NAME_CONFIDENCE);
  found.push(...resolvePending(ctx, found, pending));
  found.push(...findFacilities(ctx, found));
  linkSurnames(ctx, found);
  return withExtents(ctx, found);
}

function toMention(ctx: AnalysisContext, l: Linked): Mention {
  const next = ctx.tokens[l.last + 1];
  const possessive = l.form === 'name' && next !== undefined && next.start === l.end && isPossessiveMark(ctx.tokens, l.last);
  return {
    start: l.start,
    end: l.end,
    sentence: l.sentence,
    text: ctx.text.slice(l.start, l.end),
    type: l.ref.type,
    entity: l.key,
    form: possessive ? 'possessive' : l.form,
    confidence: l.confidence,
  };
}

/** An info diagnostic naming the organizations typed for want of other evidence, if any. */
function guessedOrganizations(ctx: AnalysisContext, built: readonly Entity[]): Diagnostic | undefined {
  const guessed: string[] = [];
  for (const e of built) if (e.type === 'ORGANIZATION' && e.confidence <= DEFAULT_CONFIDENCE) guessed.push(e.name);
  if (guessed.length === 0) return undefined;
  return {
    origin: 'entities:guessed',
    severity: 'info',
    message: `typed as organizations for want of other evidence: ${guessed.join(', ')}`,
    input: ctx.article.input,
  };
}

export const entities: Stage = {
  name: 'entities',
  run(ctx) {
    const linked = assignKeys(findMentions(ctx));
    const built = buildEntities(ctx, linked);
    for (const l of linked) ctx.mentions.push(toMention(ctx, l));
    const roles = findRoles(ctx, linked);
    for (const entity of built) {
      const held = roles.byPerson.get(entity.key);
      if (held) entity.roles = held;
    }
    ctx.entities.push(...built);
    const guessed = guessedOrganizations(ctx, built);
    if (guessed) ctx.diagnostics.push(guessed);
    ctx.relations.push(...roles.relations, ...findPartOf(ctx, linked));
    const cited = findCitations(ctx, linked);
    ctx.entities.push(...cited.entities.filter((e) => !built.some((b) => b.key === e.key)));
    ctx.relations.push(...cited.relations);
  },
};
