/**
 * A read-only view of the analysis context shaped for the events stage: which entity mention
 * covers a token, the tokens of a sentence, headings, pronouns. Built once per article.
 */
import type { DateMention, Entity, Mention } from '../../types.js';
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import { QUOTE_VERBS } from './lexicon.js';

export interface ArticleView {
  ctx: AnalysisContext;
  tokens: Token[];
  /** The entity mention covering each token, if any. */
  mentionAt: (Mention | undefined)[];
  entity: ReadonlyMap<string, Entity>;
  /** Sentence index → its words (no punctuation, no line breaks), in order. */
  words: Token[][];
  /** Sentences that are headings (short lines without final punctuation): no events are read from them. */
  heading: boolean[];
  /** Date mentions by sentence. */
  datesIn: DateMention[][];
  /** For each token, the last PERSON mention / the last country or organization mention before it. */
  personBefore: (Mention | undefined)[];
  thingBefore: (Mention | undefined)[];
  /** Sentence index → the person who is its subject ("Zelensky confirmed …", "…, Zelensky wrote"), if any. */
  personSubject: (Mention | undefined)[];
}

export function buildView(ctx: AnalysisContext): ArticleView {
  // Every per-sentence and per-token list below is built by push, not map(): a map() result changes
  // elements kind once its caller is optimised, and the readers of the view then re-optimise.
  const { tokens, sentences } = ctx;
  const mentionAt = mentionsByToken(ctx);
  const words = sentenceWords(ctx);
  const heading: boolean[] = [];
  const datesIn: DateMention[][] = [];
  const personSubject: (Mention | undefined)[] = [];
  for (let s = 0; s < sentences.length; s++) {
    heading.push(isHeading(sentences[s]!.text, words[s] ?? []));
    datesIn.push([]);
  }
  for (const d of ctx.dates) datesIn[d.sentence]?.push(d);
  for (const w of words) personSubject.push(personSubjectOf(w, mentionAt));
  const { personBefore, thingBefore } = mentionsBefore(mentionAt);
  const entity = new Map<string, Entity>();
  for (const e of ctx.entities) entity.set(e.key, e);
  return { ctx, tokens, mentionAt, entity, words, heading, datesIn, personBefore, thingBefore, personSubject };
}

/** The entity mention covering each token, if any. */
function mentionsByToken(ctx: AnalysisContext): (Mention | undefined)[] {
  const tokens = ctx.tokens;
  const mentionAt: (Mention | undefined)[] = new Array(tokens.length).fill(undefined);
  // Mentions come in text order: walk the tokens once (a binary search only if one comes earlier).
  let from = 0;
  let previous = -1;
  for (const m of ctx.mentions) {
    if (m.start < previous) from = firstTokenFrom(tokens, m.start);
    else while (from < tokens.length && tokens[from]!.start < m.start) from++;
    previous = m.start;
    for (let i = from; i < tokens.length && tokens[i]!.end <= m.end; i++) mentionAt[i] = m;
  }
  return mentionAt;
}

/** Each sentence's words: its tokens without line breaks and spaces. */
function sentenceWords(ctx: AnalysisContext): Token[][] {
  const { tokens } = ctx;
  const words: Token[][] = [];
  for (const [a, b] of ctx.sentenceTokens) {
    const out: Token[] = [];
    for (let i = a; i <= b; i++) if (tokens[i]!.kind !== 'tabCRLF' && tokens[i]!.pos !== 'SPACE') out.push(tokens[i]!);
    words.push(out);
  }
  return words;
}

/** For each token, the last PERSON mention and the last place or organization mention before it. */
function mentionsBefore(mentionAt: readonly (Mention | undefined)[]): Pick<ArticleView, 'personBefore' | 'thingBefore'> {
  const personBefore: (Mention | undefined)[] = [];
  const thingBefore: (Mention | undefined)[] = [];
  let person: Mention | undefined;
  let thing: Mention | undefined;
  for (let i = 0; i < mentionAt.length; i++) {
    personBefore.push(person);
    thingBefore.push(thing);
    const m = mentionAt[i];
    if (m?.type === 'PERSON') person = m;
    else if (m && (m.type === 'ORGANIZATION' || m.type === 'PLACE')) thing = m;
  }
  return { personBefore, thingBefore };
}

/** A person named before the sentence's first verb, else right before a verb of saying ("…,” Zelensky wrote). */
function personSubjectOf(words: Token[], mentionAt: (Mention | undefined)[]): Mention | undefined {
  const verb = words.findIndex((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !mentionAt[w.index]);
  for (let i = 0; i < (verb < 0 ? words.length : verb); i++) {
    const m = mentionAt[words[i]!.index];
    if (m?.type === 'PERSON') return m;
  }
  for (let i = 1; i < words.length; i++) {
    const m = mentionAt[words[i - 1]!.index];
    if (m?.type === 'PERSON' && words[i]!.pos === 'VERB' && QUOTE_VERBS.has(words[i]!.lemma)) return m;
  }
  return undefined;
}

/** Index of the first token starting at or after character `offset` (binary search; tokens are in text order). */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A short line without final punctuation: at most 8 words that are not punctuation. */
function isHeading(text: string, words: Token[]): boolean {
  if (/[.!?"”’:]$/.test(text.trim())) return false;
  let n = 0;
  for (const w of words) if (w.pos !== 'PUNCT') n++;
  return n <= 8;
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.pos !== 'PUNCT';

/** Does the sequence `phrase` (lower-cased words) start at token index `i` of `words`? */
export function phraseAt(words: Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k]?.lower === w);
}

/** Entity mentions of a sentence, once each, in text order, with their position among its words. */
export interface PlacedMention {
  mention: Mention;
  /** Index into `view.words[sentence]` of the mention's first and last word. */
  first: number;
  last: number;
}

const placedCache = new WeakMap<ArticleView, Map<number, PlacedMention[]>>();

/** Entity mentions of a sentence (computed once per sentence; callers must not modify the list). */
export function mentionsOf(view: ArticleView, sentence: number): PlacedMention[] {
  let cache = placedCache.get(view);
  if (!cache) placedCache.set(view, (cache = new Map()));
  let found = cache.get(sentence);
  if (!found) cache.set(sentence, (found = placeMentions(view, sentence)));
  return found;
}

function placeMentions(view: ArticleView, sentence: number): PlacedMention[] {
  const words = view.words[sentence] ?? [];
  const out: PlacedMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = view.mentionAt[words[i]!.index];
    if (!m) continue;
    const prev = out[out.length - 1];
    if (prev && prev.mention === m) prev.last = i;
    else out.push({ mention: m, first: i, last: i });
  }
  return out;
}

/**
 * What "he"/"she" at token index `before` refers to: a person named earlier in its own sentence,
 * else the person subject of the nearest sentence before that has one ("Zelensky met Macron. He
 * said …" is Zelensky), else the last person named.
 */
export function lastPerson(view: ArticleView, before: number): Mention | undefined {
  const last = view.personBefore[before];
  const sentence = view.tokens[before]?.sentence ?? 0;
  if (last && last.sentence === sentence) return last;
  for (let s = sentence - 1; s >= 0 && s >= sentence - 3; s--) {
    const subject = view.personSubject[s];
    if (subject) return subject;
  }
  return last;
}

/** The last non-person mention (country, organization) before token index `before`: what "it"/"its" refers to. */
export function lastThing(view: ArticleView, before: number): Mention | undefined {
  return view.thingBefore[before];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);

/** The mention a pronoun token stands for, if it is one we resolve. */
export function resolvePronoun(view: ArticleView, token: Token): Mention | undefined {
  if (PERSON_PRONOUNS.has(token.lower)) return lastPerson(view, token.index);
  if (THING_PRONOUNS.has(token.lower)) return lastThing(view, token.index);
  return undefined;
}

/** Places match when they are the same entity or one is the country of the other ("Malatya" in "Turkey"). */
export function placesMatcher(view: ArticleView): (a: readonly string[], b: readonly string[]) => boolean {
  const country = (key: string) => {
    const e = view.entity.get(key);
    return e?.kind === 'country' ? e.countryCode : undefined;
  };
  const inside = (place: string, container: string) => {
    const code = country(container);
    return code !== undefined && view.entity.get(place)?.countryCode === code;
  };
  return (a, b) => a.some((x) => b.some((y) => x === y || inside(x, y) || inside(y, x)));
}
