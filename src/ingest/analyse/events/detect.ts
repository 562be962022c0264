/**
 * Event triggers: nouns and verbs of the lexicon, read sentence by sentence, each becoming an
 * `EventDraft`. Filters the uses that are not events of their own:
 * - a noun modifying the next noun ("ceasefire talks", "disaster agency");
 * - a participle modifying a noun ("the released soldiers") or predicated of an event noun
 *   ("the exchange agreed", "the earthquake struck");
 * - a light verb whose object is the event ("agreed to acquire", "agree a truce");
 * - a context-bound word without its context ("exchange" without prisoners);
 * - a word inside a name ("Best Buy"), a negated verb ("not to buy"), "meet" with a thing as object;
 * - a noun after "without" ("ended without agreement", "freed without an exchange"): what did not happen.
 */
import { CONDITIONAL_OPENERS, DISTINCT, EVENT_TYPES, LIGHT_VERBS, NUMBER_WORDS, PAST_GENERIC, TIME_NOUNS, AGGREGATE_AFTER, type EventTypeEntry } from './lexicon.js';
import type { EventDraft } from './draft.js';
import type { ArticleView } from './view.js';
import type { Token } from '../nlp.js';

const NOUN_INDEX = indexBy((e) => e.nouns);
const VERB_INDEX = indexBy((e) => e.verbs);

function indexBy(words: (e: EventTypeEntry) => readonly string[]): Map<string, EventTypeEntry> {
  const map = new Map<string, EventTypeEntry>();
  for (const entry of EVENT_TYPES) for (const w of words(entry)) map.set(w, entry);
  return map;
}

/** Each context-bound entry's context words as a set ("exchange" needs prisoners, soldiers…). */
const CONTEXT_WORDS = new Map<EventTypeEntry, ReadonlySet<string>>(
  EVENT_TYPES.filter((e) => e.context).map((e) => [e, new Set(e.context)]),
);

/** Does the sentence hold a context word of `entry`, as written (lower-cased) or as a lemma? */
function inContext(entry: EventTypeEntry, words: readonly Token[]): boolean {
  const context = CONTEXT_WORDS.get(entry);
  return context !== undefined && words.some((w) => context.has(w.lower) || context.has(w.lemma));
}

const isNoun = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || (t.pos === 'PROPN' && t.lower === t.lemma));

/**
 * The lexicon entry a token triggers as a noun or a verb, before context checks. wink tags
 * capitalised sentence-initial nouns as PROPN, so a PROPN counts when lower-case or first in
 * its sentence; elsewhere a capitalised word is part of a name ("Champions League Final").
 */
export function triggerOf(t: Token, sentenceInitial = false, prev?: Token): { entry: EventTypeEntry; nominal: boolean } | undefined {
  const nounLike =
    t.pos === 'NOUN' ||
    (t.pos === 'PROPN' && (sentenceInitial || t.text === t.lower)) ||
    (t.pos === 'ADJ' && prev?.pos === 'DET'); // wink tags "the final" ADJ
  if (nounLike) {
    // wink leaves some plurals unlemmatised ("airstrikes"): try the singular too.
    const entry =
      NOUN_INDEX.get(t.lower) ??
      (t.lemma !== t.lower ? NOUN_INDEX.get(t.lemma) : undefined) ??
      (t.lower.endsWith('s') ? NOUN_INDEX.get(t.lower.slice(0, -1)) : undefined);
    if (entry) return { entry, nominal: true };
    // wink tags some participles NOUN (", beating Bayern"): read them as the verb.
    const verb = t.pos === 'NOUN' && t.lower.endsWith('ing') ? verbOfParticiple(t.lower) : undefined;
    if (verb) return { entry: verb, nominal: false };
  }
  if (t.pos === 'VERB') {
    const entry = VERB_INDEX.get(t.lemma);
    if (entry) return { entry, nominal: false };
  }
  return undefined;
}

function verbOfParticiple(word: string): EventTypeEntry | undefined {
  const stem = word.slice(0, -3);
  const undoubled = /(.)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return VERB_INDEX.get(stem) ?? VERB_INDEX.get(`${stem}e`) ?? VERB_INDEX.get(undoubled);
}

export function detect(view: ArticleView): EventDraft[] {
  const drafts: EventDraft[] = [];
  const seenTypes = new Set<string>();
  for (let sentence = 0; sentence < view.words.length; sentence++) {
    if (!view.heading[sentence]) detectIn(view, sentence, seenTypes, drafts);
  }
  // "won the run-off, defeating Y": in a sentence about an election, beat/defeat tell its result, not a match.
  return drafts.filter((d) => !(d.type === 'COMPETITION' && !d.nominal && drafts.some((e) => e.sentence === d.sentence && e.type === 'ELECTION')));
}

/** The event mentions of one sentence, appended to `drafts`; `seenTypes` holds the types the article has shown so far. */
function detectIn(view: ArticleView, sentence: number, seenTypes: Set<string>, drafts: EventDraft[]): void {
  const words = view.words[sentence]!;
  const conditional = CONDITIONAL_OPENERS.has(words[0]?.lower ?? '');
  let inside = -1; // the last part of a hyphenated trigger already read
  for (let i = 0; i < words.length; i++) {
    if (i <= inside) continue;
    const t = words[i]!;
    const compound = hyphenated(words, i);
    const found = compound ? { entry: compound.entry, nominal: true } : triggerOf(t, i === 0, words[i - 1]);
    if (!found) continue;
    const { entry, nominal } = found;
    const last = compound?.last ?? i;
    inside = last;
    if (view.mentionAt[t.index]) continue; // part of a name ("Best Buy", "Launch Pad Inc")
    if (entry.context && !seenTypes.has(entry.type) && !inContext(entry, words)) continue;
    if (nominal ? modifiesNextNoun(words, last) : !standsAlone(words, i)) continue;
    if (!nominal && entry.verbRefusesThingObject && hasThingObject(view, words, i)) continue;
    if (!nominal && negated(words, i)) continue;
    if (nominal && afterWithout(words, i)) continue;
    drafts.push(draftOf(words, sentence, i, last, entry, nominal, conditional));
    seenTypes.add(entry.type);
  }
}

/** The draft of the trigger `words[i..last]`, with what its noun phrase says; nothing else set yet. */
function draftOf(words: Token[], sentence: number, i: number, last: number, entry: EventTypeEntry, nominal: boolean, conditional: boolean): EventDraft {
  const modifiers = nominal ? modifiersOf(nounPhrase(words, i)) : [];
  const head = words[last]!; // "fires" of "cease-fires"
  const plural = nominal && entry.type !== 'TALKS' && head.lower.endsWith('s') && (head.lower !== head.lemma || NOUN_INDEX.has(head.lower.slice(0, -1)));
  // "talks", "negotiations" are plural in form though one event: they count as plural here.
  const singular = modifiers.includes('a') || modifiers.includes('an') || !(nominal && head.lower.endsWith('s'));
  return {
    type: entry.type,
    cameo: entry.cameo,
    sentence,
    token: words[i]!,
    word: i,
    nominal,
    modifiers,
    plural,
    // "another swap", "a previous ceasefire": an event other than the ones already told.
    distinct: modifiers.some((m) => (DISTINCT.has(m) && m !== 'new') || (PAST_GENERIC.has(m) && singular)),
    // "previous exchanges", "earlier rounds of talks": other events, left unnamed.
    pastGeneric: modifiers.some((m) => PAST_GENERIC.has(m)) && !singular,
    aggregate: plural ? aggregateOf(words, i, modifiers) : undefined,
    conditional,
    date: undefined,
    relativeDays: undefined,
    status: 'occurred',
    statusExplicit: false,
    statusByTense: undefined,
    perSide: undefined,
    total: undefined,
    places: [],
    participants: [],
    confidence: nominal ? 0.75 : 0.7,
  };
}

/** The lower-cased modifiers of a noun phrase that are no nouns, or tell a past or another event. */
function modifiersOf(np: readonly Token[]): string[] {
  const out: string[] = [];
  for (const m of np) if (!isNoun(m) || PAST_GENERIC.has(m.lower) || DISTINCT.has(m.lower)) out.push(m.lower);
  return out;
}

/**
 * A lexicon noun the tokenizer split at its hyphen ("cease-fire" → cease / - / fire, "run-off"):
 * its entry, and the index of its last part. The parts must touch (no spaces around the hyphen).
 */
function hyphenated(words: Token[], i: number): { entry: EventTypeEntry; last: number } | undefined {
  const dash = words[i + 1];
  if (dash?.text !== '-') return undefined; // checked first: this runs for every word
  const t = words[i]!;
  const tail = words[i + 2];
  if (!tail || dash.start !== t.end || tail.start !== dash.end) return undefined;
  const entry = NOUN_INDEX.get(`${t.lower}-${tail.lower}`) ?? NOUN_INDEX.get(`${t.lower}-${tail.lemma}`);
  return entry ? { entry, last: i + 2 } : undefined;
}

/** "without agreement", "without a deal", "without any exchange". */
function afterWithout(words: Token[], i: number): boolean {
  const before = words[i - 1];
  const determiner = before !== undefined && (before.lower === 'a' || before.lower === 'an' || before.lower === 'any');
  return (determiner ? words[i - 2] : before)?.lower === 'without';
}

/** "ceasefire talks", "disaster agency": the event noun only classifies the next noun. */
function modifiesNextNoun(words: Token[], i: number): boolean {
  const next = words[i + 1];
  return isNoun(next) && next!.pos === 'NOUN' && !TIME_NOUNS.has(next!.lemma);
}

/**
 * A verb trigger is an event of its own unless it modifies a noun ("the released soldiers"),
 * is said of an event noun just before ("the exchange agreed", "the quake struck"), or is a
 * light verb whose object is an event ("agreed to acquire").
 */
function standsAlone(words: Token[], i: number): boolean {
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  if (prev && ['DET', 'ADJ', 'PRON'].includes(prev.pos) && isNoun(words[i + 1])) return false;
  // "space launch contracts": a noun-like trigger wink tagged VERB inside a noun compound.
  if (NOUN_INDEX.has(words[i]!.lower) && isNoun(words[i + 1]) && prev && ['NOUN', 'PROPN', 'ADJ'].includes(prev.pos)) return false;
  for (const p of [prev, prev2]) if (p && triggerOf(p)?.nominal) return false;
  if (LIGHT_VERBS.has(words[i]!.lemma)) {
    // "agreed to acquire", "agree a 30-day truce": look five words ahead, punctuation aside.
    const ahead = words.slice(i + 1).filter((w) => w.pos !== 'PUNCT').slice(0, 5);
    if (ahead.some((w, k) => triggerOf(w, false, ahead[k - 1]))) return false;
  }
  return true;
}

/**
 * "meet additional demand", "meet or even surpass all of its targets": the first noun after the
 * verb, before any name, preposition or punctuation, is a common noun.
 */
function hasThingObject(view: ArticleView, words: Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 7; k++) {
    const w = words[k]!;
    if (view.mentionAt[w.index] || w.pos === 'PROPN' || w.pos === 'PUNCT' || (w.pos === 'ADP' && w.lower !== 'of')) return false;
    if (w.pos === 'NOUN') return true;
  }
  return false;
}

/** "not to buy", "did not attack", "never launched": a verb said not to happen is no event. */
function negated(words: Token[], i: number): boolean {
  return [words[i - 1], words[i - 2], words[i - 3]].some((w) => w && ['not', "n't", 'never'].includes(w.lower));
}

const NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN', 'ADV', 'PART']);

/** The pre-modifiers of a noun trigger, nearest last; "earlier rounds of negotiations" reaches past "rounds of". */
function nounPhrase(words: Token[], i: number): Token[] {
  let k = i - 1;
  if (words[k]?.lower === 'of' && ['round', 'rounds', 'series', 'wave', 'set'].includes(words[k - 1]?.lower ?? '')) k -= 2;
  const out: Token[] = [];
  while (k >= 0 && out.length < 5 && NP.has(words[k]!.pos)) {
    const w = words[k]!;
    // A name before the trigger is a participant or place ("Geneva talks"), not a modifier; stop at a verb-like break.
    if (w.pos === 'PROPN' && !PAST_GENERIC.has(w.lower) && !DISTINCT.has(w.lower)) break;
    out.unshift(w);
    k--;
  }
  return out;
}

/** "the two exchanges together", "both exchanges": how many events the plural mention sums up. */
function aggregateOf(words: Token[], i: number, modifiers: string[]): number | undefined {
  let count: number | undefined;
  for (const m of modifiers) if ((count = NUMBER_WORDS.get(m)) !== undefined) break;
  const summed = [words[i + 1], words[i + 2]].some((w) => w && AGGREGATE_AFTER.has(w.lower));
  if (count !== undefined && (summed || modifiers.includes('the') || modifiers.includes('both'))) return count;
  return undefined;
}
