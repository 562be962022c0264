/**
 * Context cues that tell what kind of thing a name is from how the sentence treats it,
 * without any list of names:
 *
 *   pronoun:   "Mbappé scored twice and said he …"  → a person;  "Toyota said its …" → a thing
 *   company:   "Toyota executives", "Toyota, the world's largest carmaker", "Grumman said its …"
 *              → a company (strong: not a person either); "Toyota recalled …", "Toyota's
 *              profits" → a company rather than the city bearing the name (weak)
 *
 * Each cue reads a few tokens around one name span, within its sentence: no scan of the
 * whole text per name.
 */
import type { AnalysisContext } from '../context.js';
import type { Token } from '../nlp.js';
import { BUSINESS_NOUNS, CORPORATE_HEADS, CORPORATE_NOUNS, CORPORATE_VERBS, SPEECH_VERBS } from './lexicon.js';

/** The tokens of a name: `[first, last]`, inclusive, in one sentence. */
export interface TokenRange {
  first: number;
  last: number;
}

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
/** Pronouns that end the search: "its" marks a thing, the others may be people ("they") or expletive ("it"). */
const OTHER_PRONOUNS = new Set(['it', 'its', 'itself', 'they', 'their', 'them']);

/** How far after a name its pronoun may come (tokens); beyond that the clause has moved on. */
const PRONOUN_REACH = 12;

const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isPossessive = (t: Token | undefined) => !!t && /^['’]s?$/.test(t.text);

/** A capitalised word that could be another name the pronoun refers to. */
function otherName(t: Token, sentenceFirst: number): boolean {
  return t.kind === 'word' && t.index !== sentenceFirst && /^\p{Lu}/u.test(t.text) && t.text !== 'I';
}

/**
 * The pronoun that picks up a name used as a subject: the first third-person singular
 * pronoun after its verb, in the same sentence, before any other name could take it
 * ("Mbappé scored twice and said he was happy" → person; "Toyota said its profits …"
 * → thing; an "it", "they" or "their" first ends the search). Undefined when the name is no subject or nothing picks it up. (A "He" opening the
 * next sentence is not used: it as often takes up someone named earlier.)
 */
export function pronounAfter(ctx: AnalysisContext, span: TokenRange): 'person' | 'thing' | undefined {
  const { tokens } = ctx;
  const sentence = tokens[span.first]!.sentence;
  const [sentenceFirst, sentenceLast] = ctx.sentenceTokens[sentence]!;
  let k = span.last + 1;
  // "X said", "X has said", "X quickly said": the name is the subject of what follows.
  if (tokens[k]?.pos === 'ADV') k++;
  if (!isVerb(tokens[k])) return undefined;
  // "Toyota said (that) its …": a thing reports about itself; a bare "it" is too often expletive ("said it was").
  const saying = SPEECH_VERBS.has(tokens[k]!.lemma);
  const reach = Math.min(sentenceLast, k + PRONOUN_REACH);
  for (let i = k + 1; i <= reach; i++) {
    const t = tokens[i]!;
    if (PERSON_PRONOUNS.has(t.lower)) return 'person';
    if (OTHER_PRONOUNS.has(t.lower)) return saying && i <= k + 2 && (t.lower === 'its' || t.lower === 'itself') ? 'thing' : undefined;
    if (otherName(t, sentenceFirst)) return undefined;
  }
  return undefined;
}

/**
 * How strongly the sentence treats the name as a company. `strong`: it is taken up by "its"
 * ("Grumman said its …"), described as one ("Toyota, the world's largest carmaker") or
 * modifies a company noun ("Toyota executives", "Grumman shares") — things people are not.
 * `weak`: it reports or trades ("Toyota said", "Toyota recalled") or owns shares or profits
 * ("Toyota's shares", "Toyota's profits"), which people also do but cities do not.
 */
export function companyCue(ctx: AnalysisContext, span: TokenRange): 'strong' | 'weak' | undefined {
  const { tokens } = ctx;
  const sentence = tokens[span.first]!.sentence;
  const next = tokens[span.last + 1];
  if (!next || next.sentence !== sentence) return undefined;
  if (next.text === ',') return describedAsCompany(ctx, span) ? 'strong' : undefined;
  if (isCompanyNoun(next, sentence)) return 'strong';
  // Only a verb of saying can be followed by the "its" that makes a thing (see pronounAfter).
  const verb = next.pos === 'ADV' ? tokens[span.last + 2] : next;
  if (isVerb(verb) && SPEECH_VERBS.has(verb!.lemma) && pronounAfter(ctx, span) === 'thing') return 'strong';
  if (isVerb(next) && (SPEECH_VERBS.has(next.lemma) || CORPORATE_VERBS.has(next.lemma))) return 'weak';
  const owned = tokens[span.last + 2];
  if (isPossessive(next) && owned && (isCompanyNoun(owned, sentence) || (owned.text === owned.lower && BUSINESS_NOUNS.has(owned.lower)))) return 'weak';
  return undefined;
}

/** A lower-case company noun ("executives", "shares") in `sentence`. */
function isCompanyNoun(t: Token | undefined, sentence: number): boolean {
  return t?.sentence === sentence && t.text === t.lower && CORPORATE_NOUNS.has(t.lower);
}

/** "Toyota, the world's largest carmaker", "Lockheed Martin, a defense contractor": an appositive with a company noun. */
export function describedAsCompany(ctx: AnalysisContext, span: TokenRange): boolean {
  const { tokens } = ctx;
  const sentence = tokens[span.first]!.sentence;
  if (tokens[span.last + 1]?.text !== ',') return false;
  // An article, then a head noun within a few words.
  const article = tokens[span.last + 2];
  if (!article || !['the', 'a', 'an'].includes(article.lower)) return false;
  for (let i = span.last + 3; i <= span.last + 8 && tokens[i] && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    // "X, the company's finance chief": a company noun that possesses is not the head.
    if (CORPORATE_HEADS.has(t.lower) && t.text === t.lower && !isPossessive(tokens[i + 1])) return true;
    if (t.text === ',' || isVerb(t)) return false;
  }
  return false;
}
