/**
 * Who took part in each event mention and where it took place.
 *
 * - places: a place named right before the trigger ("Geneva talks") or after it behind a
 *   locative word ("talks held in Abu Dhabi", "the quake hit near the city of Malatya");
 * - sides of two-sided events: "X and Y" as the subject of the sentence, "between X and Y",
 *   or "both sides", which means the two sides already in play;
 * - mediators and hosts: "mediated by X and Y", "hosted by X";
 * - agent and target of one-sided events: a possessive ("its demand", "his resignation"),
 *   the subject before the trigger, the object after it ("acquire X", "demand that X …").
 */
import type { Mention, Participant, ParticipantRole } from '../../types.js';
import { addParticipant, type EventDraft } from './draft.js';
import { AGENT_VERBS, BOTH_SIDES, BY_ROLES, CLAUSE_VERBS, LIGHT_VERBS, LOCATIVE, PLACE_VERBS, TYPE_ENTRY } from './lexicon.js';
import { mentionsOf, phraseAt, resolvePronoun, type ArticleView, type PlacedMention } from './view.js';
import { triggerOf } from './detect.js';
import type { Token } from '../nlp.js';

const PARTY_TYPES = new Set(['PLACE', 'ORGANIZATION', 'PERSON']);

export function attachParticipants(view: ArticleView, drafts: EventDraft[]): void {
  let lastSides: string[] = [];
  for (const d of drafts) {
    const words = view.words[d.sentence] ?? [];
    const mentions = mentionsOf(view, d.sentence);
    d.places.push(...placesOf(view, words, mentions, d));
    const symmetric = TYPE_ENTRY.get(d.type)?.symmetric ?? false;
    if (symmetric) {
      let sides = sidesOf(view, words, mentions, d);
      if (sides.length < 2 && BOTH_SIDES.some((p) => words.some((_, i) => phraseAt(words, i, p)))) sides = lastSides;
      for (const entity of sides) addParticipant(d.participants, { entity, role: 'side' });
      if (sides.length >= 2) lastSides = sides;
    }
    for (const p of byRoles(words, mentions, d)) addParticipant(d.participants, p);
    // "was acquired by X", "an attack by X": the party after "by" acts; the subject of a passive verb undergoes.
    const passive = !d.nominal && isPassive(words, d.word);
    const byAgent = agentAfterBy(words, mentions, d);
    const agent = byAgent ?? (passive ? undefined : agentOf(view, words, mentions, d));
    // People take part in two-sided events for a side; they are not one ("Zelensky met Macron").
    const symmetricRole = (m: Mention): ParticipantRole => (m.type === 'PERSON' ? 'participant' : 'side');
    if (agent && !d.places.includes(agent.entity)) {
      addParticipant(d.participants, { entity: agent.entity, role: symmetric ? symmetricRole(agent) : 'agent' });
    }
    const target = passive ? passiveSubject(view, words, mentions, d) : targetOf(view, words, mentions, d);
    if (target && !d.places.includes(target.entity)) {
      const role: ParticipantRole = symmetric ? symmetricRole(target) : target.type === 'PERSON' && d.type === 'ATTACK' ? 'victim' : 'target';
      addParticipant(d.participants, { entity: target.entity, role });
    }
    if (d.participants.length > 0 || d.places.length > 0) d.confidence = Math.min(0.95, d.confidence + 0.05);
  }
}

const isTrigger = (w: Token | undefined, i: number) => w !== undefined && triggerOf(w, i === 0) !== undefined;

function placesOf(view: ArticleView, words: Token[], mentions: PlacedMention[], d: EventDraft): string[] {
  const out: string[] = [];
  // "Geneva talks": a city or region named right before a noun trigger.
  const before = mentions.find((m) => m.last === d.word - 1 || (m.last === d.word - 2 && words[d.word - 1]?.pos === 'ADJ'));
  if (d.nominal && before?.mention.type === 'PLACE') {
    const kind = view.entity.get(before.mention.entity)?.kind;
    if (kind !== 'country' && before.mention.form !== 'demonym') out.push(before.mention.entity);
  }
  // "held in Abu Dhabi", "struck eastern Turkey", "battle for the Mariupol steel plant".
  const fighting = d.type === 'BATTLE' || d.type === 'ATTACK';
  const locative = (word: string) => LOCATIVE.has(word) || (fighting && (word === 'for' || word === 'on'));
  for (const m of mentions) {
    if (m.mention.type !== 'PLACE' || m.first <= d.word || m.first > d.word + 14) continue;
    if (words.slice(d.word + 1, m.first).some((w, k) => isTrigger(w, d.word + 1 + k) || w.text === ';')) continue;
    const lead = words.slice(Math.max(d.word + 1, m.first - 4), m.first);
    if (lead.some((w) => locative(w.lower) || PLACE_VERBS.has(w.lemma)) && !speakersPlace(words, m)) out.push(m.mention.entity);
  }
  // A national vote takes place in the one country its sentence names, by name, demonym or
  // possessive: "Portuguese voters … in a snap election", "Portugal's Socialists won the election".
  if (out.length === 0 && NATIONAL_VOTES.has(d.type)) {
    const countries = new Set(
      mentions.filter((m) => m.mention.type === 'PLACE' && view.entity.get(m.mention.entity)?.kind === 'country' && !speakersPlace(words, m)).map((m) => m.mention.entity),
    );
    if (countries.size === 1) out.push(...countries);
  }
  return [...new Set(out)];
}

const NATIONAL_VOTES: ReadonlySet<string> = new Set(['ELECTION', 'REFERENDUM']);

/**
 * Does the place locate the speakers of a saying rather than the event told? "officials in Kyiv
 * said", "a spokesman for the ministry in Cairo told reporters", "said seismologists in Ankara",
 * "Nairobi-based analysts said": a place after a (non-event) noun and a locative, with a verb of
 * saying right after that noun phrase or right before it; or any "X-based".
 */
function speakersPlace(words: Token[], m: PlacedMention): boolean {
  if (words[m.last + 1]?.text === '-' && words[m.last + 2]?.lower === 'based') return true;
  const speaker = words[m.first - 2];
  if (!SPEAKER_LOCATIVE.has(words[m.first - 1]?.lower ?? '') || !speaker || (speaker.pos !== 'NOUN' && speaker.pos !== 'PROPN') || triggerOf(speaker)) return false;
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    const w = words[k];
    if (!w) break;
    if (w.pos === 'VERB') return CLAUSE_VERBS.has(w.lemma);
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'NOUN') break; // "officials in Kyiv have since said", "… region said"
  }
  let k = m.first - 3;
  while (words[k]?.pos === 'DET' || words[k]?.pos === 'ADJ') k--;
  return words[k]?.pos === 'VERB' && CLAUSE_VERBS.has(words[k]!.lemma);
}

const SPEAKER_LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'from']);

const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'the', ',']);

/** The words from `from` to before `to` are joiners only ("and", "&", "the", ","), at least one. */
function joinersOnly(words: Token[], from: number, to: number): boolean {
  const end = Math.min(to, words.length);
  for (let k = from; k < end; k++) if (!JOINERS.has(words[k]!.lower)) return false;
  return from < end;
}

/** Coordinated pairs "X and Y" of countries, organizations or people. */
function pairs(words: Token[], mentions: PlacedMention[]): Array<[PlacedMention, PlacedMention]> {
  const out: Array<[PlacedMention, PlacedMention]> = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (PARTY_TYPES.has(a.mention.type) && PARTY_TYPES.has(b.mention.type) && joinersOnly(words, a.last + 1, b.first)) out.push([a, b]);
  }
  return out;
}

/** Word index of the sentence's main verb: its first verb that is not part of a name (wink tags some names VERB). */
function mainVerb(view: ArticleView, words: Token[]): number {
  return words.findIndex((w) => w.pos === 'VERB' && !view.mentionAt[w.index]);
}

function sidesOf(view: ArticleView, words: Token[], mentions: PlacedMention[], d: EventDraft): string[] {
  const firstVerb = mainVerb(view, words);
  for (const [a, b] of pairs(words, mentions)) {
    if (followsBy(words, a)) continue; // "mediated by X and Y" names mediators
    // Subject of the sentence, or of the verb right after the pair ("as Ukraine and Russia carry out …").
    const next = words[b.last + 1];
    const isSubject = (firstVerb >= 0 && b.last < firstVerb) || (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX'));
    const afterBetween = words[a.first - 1]?.lower === 'between' || words[a.first - 2]?.lower === 'between';
    if ((isSubject && b.last < d.word) || (afterBetween && a.first > d.word && a.first - d.word <= 3)) {
      return [a.mention.entity, b.mention.entity];
    }
  }
  // "between the army and the Rapid Support Forces": keep the sides that are named.
  const between = words.findIndex((w, i) => w.lower === 'between' && i > d.word && i - d.word <= 2);
  if (between >= 0) {
    return mentions.filter((m) => m.first > between && m.first <= between + 8 && !followsBy(words, m)).map((m) => m.mention.entity);
  }
  return [];
}

const followsBy = (words: Token[], m: PlacedMention) => words.slice(Math.max(0, m.first - 3), m.first).some((w) => w.lower === 'by');

function byRoles(words: Token[], mentions: PlacedMention[], d: EventDraft): Participant[] {
  const out: Participant[] = [];
  for (let i = 0; i < words.length; i++) {
    const role = BY_ROLES.get(words[i]!.lower);
    if (!role || words[i + 1]?.lower !== 'by' || i <= d.word || i - d.word > 12) continue;
    // Every party named from "by" to the end of the phrase: "mediated by Saudi Arabia and the United States".
    let end = words.findIndex((x, k) => k > i + 1 && (x.pos === 'PUNCT' || x.pos === 'VERB'));
    if (end < 0) end = words.length;
    for (const m of mentions) {
      if (m.first > i + 1 && m.first < end && PARTY_TYPES.has(m.mention.type)) out.push({ entity: m.mention.entity, role });
    }
  }
  return out;
}

const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** "would be released", "was acquired": a be-form (adverbs aside) right before the verb. */
function isPassive(words: Token[], i: number): boolean {
  let k = i - 1;
  while (words[k]?.pos === 'ADV') k--;
  return BE.has(words[k]?.lower ?? '');
}

/** "acquired by The Walt Disney Company", "shelling by government forces": a party right after "by". */
function agentAfterBy(words: Token[], mentions: PlacedMention[], d: EventDraft): Mention | undefined {
  if (words[d.word + 1]?.lower !== 'by') return undefined;
  let k = d.word + 2;
  while (words[k] && ['DET', 'ADJ'].includes(words[k]!.pos) && !coveredByMention(mentions, k)) k++;
  const m = mentions.find((x) => x.first <= k && k <= x.last);
  return m && PARTY_TYPES.has(m.mention.type) ? m.mention : undefined;
}

const coveredByMention = (mentions: PlacedMention[], k: number) => mentions.some((x) => x.first <= k && k <= x.last);

/** The subject of a passive verb trigger ("Pixar was acquired", "Kyiv was attacked"), in its clause. */
function passiveSubject(view: ArticleView, words: Token[], mentions: PlacedMention[], d: EventDraft): Mention | undefined {
  for (let k = d.word - 1; k >= 0; k--) {
    const w = words[k]!;
    // "Jean Duval, who was arrested", "Pixar, which was acquired": the relative clause's antecedent.
    if (w.text === ',' && RELATIVE_PRONOUNS.has(words[k + 1]?.lower ?? '')) continue;
    if (w.pos === 'PUNCT' || (w.pos === 'VERB' && k < d.word - 1)) break;
    const m = mentions.find((x) => x.first <= k && k <= x.last)?.mention ?? (w.pos === 'PRON' ? resolvePronoun(view, w) : undefined);
    if (m && PARTY_TYPES.has(m.type)) return m;
  }
  return undefined;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Possessor, or the subject of the clause before the trigger (pronouns resolved). */
function agentOf(view: ArticleView, words: Token[], mentions: PlacedMention[], d: EventDraft): Mention | undefined {
  if (d.nominal) {
    const prev = words[d.word - 1];
    const possessive = prev && ['its', 'his', 'her'].includes(prev.lower) ? resolvePronoun(view, prev) : undefined;
    if (possessive) return possessive;
    const owner = mentions.find((m) => m.last === d.word - 1 || (m.last === d.word - 2 && /^['’]s$/.test(words[d.word - 1]?.lower ?? '')));
    if (owner && owner.mention.type !== 'PLACE') return owner.mention;
    if (owner && view.entity.get(owner.mention.entity)?.kind === 'country') return owner.mention;
    if (TYPE_ENTRY.get(d.type)?.symmetric) return undefined;
  }
  // ", beating X", ", killing 40": a participle after a comma has the sentence's subject.
  if (!d.nominal && words[d.word - 1]?.text === ',' && d.token.lower.endsWith('ing')) {
    const firstVerb = mainVerb(view, words);
    return mentions.find((m) => m.last < firstVerb)?.mention;
  }
  for (let k = d.word - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.text === ';' || (d.nominal && w.text === ',')) break;
    if (w.pos === 'VERB' && CLAUSE_VERBS.has(w.lemma)) break;
    if (['who', 'which', 'whom'].includes(w.lower)) break; // "anyone who has purchased": the clause's own subject
    if (isTrigger(w, k) && !LIGHT_VERBS.has(w.lemma)) break;
    const m = view.mentionAt[w.index] ?? (w.pos === 'PRON' ? resolvePronoun(view, w) : undefined);
    // "Police in Lyon arrested …", "In France, prosecutors …": a place behind a locative is no subject.
    if (m?.type === 'PLACE' && view.mentionAt[w.index] === m && afterLocative(view, words, k)) continue;
    if (m && PARTY_TYPES.has(m.type)) {
      // A nominal event is the object of a verb whose subject is its agent ("the EU offered aid").
      if (d.nominal && !words.slice(k + 1, d.word).some((x) => x.pos === 'VERB' && AGENT_VERBS.has(x.lemma))) return undefined;
      return m;
    }
  }
  return undefined;
}

/** Is the mention covering word `k` led by a locative preposition ("in Lyon", "In France")? */
function afterLocative(view: ArticleView, words: Token[], k: number): boolean {
  const m = view.mentionAt[words[k]!.index];
  let first = k;
  while (first > 0 && view.mentionAt[words[first - 1]!.index] === m) first--;
  return LOCATIVE.has(words[first - 1]?.lower ?? '');
}

const OBJECT_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'that', 'of', 'on', 'against', 'to', 'his', 'her', 'its', 'their']);

/** The entity right after the trigger: "acquire Solaris Grid", "demand that Ukraine cede", "attack on X". */
function targetOf(view: ArticleView, words: Token[], mentions: PlacedMention[], d: EventDraft): Mention | undefined {
  // Skip what leads to the object: "the", "of", "against", and descriptors ("acquire rival Globex").
  const descriptor = (w: Token) => (w.pos === 'ADJ' || w.pos === 'NOUN') && !view.mentionAt[w.index];
  let k = d.word + 1;
  while (k < words.length && k <= d.word + 3 && (OBJECT_LEAD.has(words[k]!.lower) || descriptor(words[k]!))) k++;
  // "detained his former deputy, Claire Morel, on Friday": the name in apposition to the object noun,
  // closed by a comma or the sentence end (not "attacked the convoy, Reuters reported").
  if (words[k]?.text === ',' && k > d.word + 1 && descriptor(words[k - 1]!)) {
    const named = mentions.find((x) => x.first === k + 1);
    const after = named ? words[named.last + 1] : undefined;
    if (named && (!after || after.text === ',' || after.text === '.')) k++;
  }
  const m = mentions.find((x) => x.first === k);
  // "buy European aircraft": a demonym before a noun describes the object, it is not the target.
  if (!m || !PARTY_TYPES.has(m.mention.type) || m.mention.form === 'demonym') return undefined;
  if (m.mention.type === 'PLACE' && view.entity.get(m.mention.entity)?.kind !== 'country') return undefined;
  return m.mention;
}
