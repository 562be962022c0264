/**
 * Mentions that are not capitalised name runs: outlets written as domains ("Digi24.ro"),
 * lower-case channels ("on social media") and facilities named after a place
 * ("the Mariupol steel plant").
 */
import type { AnalysisContext } from '../context.js';
import { sourceKey } from '../gazetteer/index.js';
import { entityRef, foundMention, type Found } from './found.js';
import { CITATION_CUES, FACILITY_MODIFIERS, FACILITY_NOUNS } from './lexicon.js';

/**
 * Top-level domains of news sites; a closed list keeps "e.g." or "No.5" from looking like
 * domains. The pattern anchors on the dot before the TLD (cheap to scan for); the name
 * before it is then read backwards by hand.
 */
const TLD =
  /\.(?:com|net|org|info|news|io|co\.uk|uk|eu|ro|md|ru|ua|by|de|fr|it|es|pt|pl|hu|bg|gr|ch|at|be|nl|se|no|dk|fi|cz|sk|tr|il|in|cn|jp|kr|au|ca|us|tv|fm|ge|am|az|kz|rs|hr|si|ba|lt|lv|ee|ie|mx|br|ar)(?![\w@/-])/gi;
const LABEL_CHAR = /[\p{L}\p{N}.-]/u;

/** Start of the domain name ending at `dot` (the dot before the TLD), or -1 when it is none (an e-mail, a path). */
function domainStart(text: string, dot: number): number {
  let i = dot;
  while (i > 0 && LABEL_CHAR.test(text[i - 1]!)) i--;
  while (i < dot && !/[\p{L}\p{N}]/u.test(text[i]!)) i++;
  if (i >= dot) return -1;
  const before = text[i - 1];
  return before === '@' || before === '/' ? -1 : i;
}

/** Index of the sentence containing a character offset. */
export function sentenceAt(ctx: AnalysisContext, offset: number): number {
  const { sentences } = ctx;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Token index of the token starting at or covering `offset`. */
function tokenAt(ctx: AnalysisContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Outlets written as a domain: "reports Digi24.ro" → a SOURCE keyed by its domain. */
/**
 * Sites written as domains: an outlet (SOURCE keyed by its domain) when the article cites it
 * anywhere ("reports Digi24.ro", "according to Digi24.ro"), else the company behind it
 * ("Amazon.com").
 */
export function findDomains(ctx: AnalysisContext): Found[] {
  const domains: Found[] = [];
  const { text } = ctx;
  for (const m of text.matchAll(TLD)) {
    const start = domainStart(text, m.index);
    if (start < 0) continue;
    const end = m.index + m[0].length;
    const domain = text.slice(start, end);
    domains.push(
      foundMention({
        start,
        end,
        sentence: sentenceAt(ctx, start),
        first: tokenAt(ctx, start),
        last: tokenAt(ctx, end - 1),
        form: 'domain',
        confidence: 0.9,
        ref: entityRef({ type: 'SOURCE', key: sourceKey(domain, 'outlet'), name: domain, sourceKind: 'outlet' }),
      }),
    );
  }
  const cited = new Set(domains.filter((f) => citationNear(ctx, f.first, f.last)).map((f) => f.ref.name.toLowerCase()));
  for (const f of domains) {
    if (!cited.has(f.ref.name.toLowerCase())) f.ref = entityRef({ type: 'ORGANIZATION', key: `org:${f.ref.name.toLowerCase()}`, name: f.ref.name });
  }
  return domains;
}

/** A citation cue within three words of a token range ("according to X", "X reported", "told X"). */
export function citationNear(ctx: AnalysisContext, first: number, last: number): boolean {
  for (let i = Math.max(0, first - 3); i <= last + 3 && i < ctx.tokens.length; i++) {
    if ((i < first || i > last) && CITATION_CUES.has(ctx.tokens[i]!.lower)) return true;
  }
  return false;
}

/** "on social media": the one lower-case channel news uses. */
export function findLowercaseChannels(ctx: AnalysisContext): Found[] {
  const channels: Found[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'social' || tokens[i + 1]!.lower !== 'media') continue;
    channels.push(
      foundMention({
        start: tokens[i]!.start,
        end: tokens[i + 1]!.end,
        sentence: tokens[i]!.sentence,
        first: i,
        last: i + 1,
        form: 'name',
        confidence: 0.8,
        ref: entityRef({ type: 'SOURCE', key: sourceKey('social media', 'channel'), name: 'social media', sourceKind: 'channel' }),
      }),
    );
  }
  return channels;
}

/**
 * "the Mariupol steel plant": a place mention followed by up to two modifiers and a facility
 * noun names a facility in that place. The place mention stays a mention of its own.
 */
export function findFacilities(ctx: AnalysisContext, places: readonly Found[]): Found[] {
  const facilities: Found[] = [];
  const { tokens } = ctx;
  for (const place of places) {
    if (place.ref.type !== 'PLACE' || place.form === 'demonym' || place.ref.kind === 'facility') continue;
    let k = place.last + 1;
    while (k <= place.last + 2 && tokens[k] && FACILITY_MODIFIERS.has(tokens[k]!.lower)) k++;
    const noun = tokens[k];
    if (!noun || !FACILITY_NOUNS.has(noun.lower) || noun.sentence !== place.sentence) continue;
    const the = tokens[place.first - 1]?.lower === 'the' ? place.first - 1 : place.first;
    const name = ctx.text.slice(tokens[place.first]!.start, noun.end);
    facilities.push(
      foundMention({
        start: tokens[the]!.start,
        end: noun.end,
        sentence: place.sentence,
        first: the,
        last: k,
        form: 'name',
        confidence: 0.75,
        ref: entityRef({ type: 'PLACE', name, kind: 'facility', countryCode: place.ref.countryCode }),
      }),
    );
  }
  return facilities;
}
