/**
 * Relations the text states about events:
 * - PRODUCED, talks → outcome, only with a word saying so: "an exchange agreed during
 *   negotiations", "released … following talks", "talks produced a truce", or "the
 *   announcements mark one of the outcomes from talks" (outcomes = the events of the two
 *   sentences before). Never from talks that, in that sentence, ended without results.
 * - ANNOUNCED / CONFIRMED / DENIED / REJECTED / DEMANDED from the speaker of a speech-act verb
 *   to the event it is about, with the channel ("writing on Telegram") of that sentence or the
 *   one before. "said" counts as announcing only for events still to come. "Would reject" is
 *   no rejection. A rejection with no event after it ("rejected the idea") is of the latest
 *   demand or proposal.
 * - DEMANDED from the agent of every demand event.
 */
import type { Mention, Relation, RelationType } from '../../types.js';
import type { Coreference, EventRecord } from './coreference.js';
import type { EventDraft } from './draft.js';
import {
  CHANNEL_PREPOSITIONS, CONDITIONAL_OPENERS, IRREALIS, NOTHING_PRODUCED, OUTCOME_NOUNS, OUTCOME_TYPES,
  PRODUCED_BY_CUES, PRODUCED_CUES, SPEECH_ACTS, TALKS_TYPES,
} from './lexicon.js';
import { mentionsOf, resolvePronoun, type ArticleView } from './view.js';
import type { Token } from '../nlp.js';

export function findRelations(view: ArticleView, drafts: EventDraft[], coref: Coreference): Relation[] {
  const out = new RelationSet();
  const sentences = bySentence(drafts, coref);
  produced(view, sentences, coref, out);
  speechActs(view, sentences, coref, out);
  demands(coref, out);
  return out.list();
}

/** Relations keyed by (type, from, to): a second statement adds its evidence. */
class RelationSet {
  private byKey = new Map<string, Relation>();
  add(r: Relation): void {
    const key = `${r.type} ${r.from} ${r.to}`;
    const old = this.byKey.get(key);
    if (!old) {
      this.byKey.set(key, { ...r, evidence: [...r.evidence] });
      return;
    }
    for (const e of r.evidence) if (!old.evidence.includes(e)) old.evidence.push(e);
    old.channel ??= r.channel;
    old.confidence = Math.max(old.confidence, r.confidence);
  }
  list(): Relation[] {
    return [...this.byKey.values()];
  }
}

/** The drafts that became or sum up events, by sentence, in text order. */
function bySentence(drafts: EventDraft[], coref: Coreference): Map<number, EventDraft[]> {
  const map = new Map<number, EventDraft[]>();
  for (const d of drafts) {
    if (!coref.eventOf.has(d) && !coref.aggregates.has(d)) continue;
    const here = map.get(d.sentence);
    if (here) here.push(d);
    else map.set(d.sentence, [d]);
  }
  return map;
}

function produced(view: ArticleView, sentences: Map<number, EventDraft[]>, coref: Coreference, out: RelationSet): void {
  for (const [s, here] of sentences) {
    const words = view.words[s] ?? [];
    const talks = here.filter((d) => isTalks(coref.eventOf.get(d)) && d.status !== 'failed');
    const outcomes = here.filter((d) => isOutcome(coref.eventOf.get(d)));
    for (const t of talks) {
      const from = coref.eventOf.get(t)!;
      for (const o of outcomes) {
        const to = coref.eventOf.get(o)!;
        if (from === to) continue;
        const [a, b] = o.word < t.word ? [o.word, t.word] : [t.word, o.word];
        const between = words.slice(a + 1, b);
        if (between.length > 12 || between.some((w) => NOTHING_PRODUCED.has(w.lower))) continue;
        const cues = o.word < t.word ? PRODUCED_BY_CUES : PRODUCED_CUES;
        if (!between.some((w) => cues.has(w.lower))) continue;
        out.add({ type: 'PRODUCED', from: from.fact.key, to: to.fact.key, evidence: [s], confidence: 0.8 });
      }
      // "The announcements mark one of the outcomes from recent talks."
      const noun = words.findIndex((w, i) => OUTCOME_NOUNS.has(w.lower) && i < t.word && t.word - i <= 5 && ['of', 'from'].includes(words[i + 1]?.lower ?? ''));
      if (noun >= 0 && !outcomes.some((o) => o.word < noun)) {
        for (const to of recentOutcomes(sentences, coref, s)) {
          out.add({ type: 'PRODUCED', from: from.fact.key, to: to.fact.key, evidence: [s], confidence: 0.6 });
        }
      }
    }
  }
}

const isTalks = (r: EventRecord | undefined) => r !== undefined && TALKS_TYPES.has(r.fact.type);
const isOutcome = (r: EventRecord | undefined) => r !== undefined && OUTCOME_TYPES.has(r.fact.type);

/** Outcome events mentioned (or summed up) in the two sentences before `s`. */
function recentOutcomes(sentences: Map<number, EventDraft[]>, coref: Coreference, s: number): EventRecord[] {
  const found = new Set<EventRecord>();
  for (const k of [s - 1, s - 2]) {
    for (const d of sentences.get(k) ?? []) {
      const records = coref.aggregates.get(d) ?? [coref.eventOf.get(d)];
      for (const r of records) if (isOutcome(r)) found.add(r!);
    }
  }
  return [...found];
}

function speechActs(view: ArticleView, sentences: Map<number, EventDraft[]>, coref: Coreference, out: RelationSet): void {
  for (let s = 0; s < view.words.length; s++) {
    const words = view.words[s]!;
    if (view.heading[s] || CONDITIONAL_OPENERS.has(words[0]?.lower ?? '')) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const type = w.pos === 'VERB' ? SPEECH_ACTS.get(w.lemma) : undefined;
      // Kept out of this loop over every word: few words are speech acts.
      if (type) speechActAt(view, words, s, i, type, sentences, coref, out);
    }
  }
}

/** The relations of the speech-act verb at word `i` of sentence `s`: from its speakers to the events it is about. */
function speechActAt(
  view: ArticleView, words: Token[], s: number, i: number, type: RelationType,
  sentences: Map<number, EventDraft[]>, coref: Coreference, out: RelationSet,
): void {
  if (words.slice(Math.max(0, i - 2), i).some((x) => IRREALIS.has(x.lower))) return;
  const { speakers, viaPronoun } = speakersBefore(view, words, i);
  if (speakers.length === 0) return;
  const targets = objectsOf(words, i, s, type, sentences, coref);
  const channel = channelNear(view, s);
  for (const speaker of speakers) {
    for (const target of targets) {
      out.add({
        type,
        from: speaker.entity,
        to: target.fact.key,
        ...(channel ? { channel } : {}),
        evidence: [s],
        confidence: viaPronoun ? 0.7 : 0.8,
      });
    }
  }
}

/** The subject of the verb at word `i`: the nearest named party before it (both of "X and Y"), or a resolved he/she. */
function speakersBefore(view: ArticleView, words: Token[], i: number): { speakers: Mention[]; viaPronoun: boolean } {
  const s = words[i]!.sentence;
  const mentions = mentionsOf(view, s).filter((m) => m.last < i && ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.mention.type));
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.lower === 'that' || w.text === ';') break;
    if (w.pos === 'PRON' && ['he', 'she', 'it'].includes(w.lower)) {
      const r = resolvePronoun(view, w);
      return { speakers: r ? [r] : [], viaPronoun: true };
    }
    const at = mentions.findIndex((m) => m.first <= k && k <= m.last);
    if (at < 0) continue;
    const m = mentions[at]!;
    const prev = mentions[at - 1];
    const joined = prev && words.slice(prev.last + 1, m.first).every((x) => ['and', '&'].includes(x.lower)) && prev.last + 1 < m.first;
    return { speakers: joined ? [prev.mention, m.mention] : [m.mention], viaPronoun: false };
  }
  return { speakers: [], viaPronoun: false };
}

const FUTURE: ReadonlySet<string> = new Set(['planned', 'proposed']);

/** The events a speech act is about: the first event after the verb; else what came before ("…, X said"); else the latest demand for a rejection. */
function objectsOf(
  words: Token[], i: number, s: number, type: RelationType,
  sentences: Map<number, EventDraft[]>, coref: Coreference,
): EventRecord[] {
  const here = (sentences.get(s) ?? []).filter((d) => coref.eventOf.has(d));
  const sayOnly = words[i]!.lemma === 'say';
  const keep = (r: EventRecord) => !sayOnly || FUTURE.has(r.fact.status);
  const after = here.find((d) => d.word > i);
  if (after) {
    const r = coref.eventOf.get(after)!;
    return keep(r) ? [r] : [];
  }
  const before: EventRecord[] = [];
  for (const d of here) {
    const r = coref.eventOf.get(d)!;
    if (d.word < i && keep(r)) before.push(r);
  }
  if (before.length > 0 && i >= words.length - 3) return [...new Set(before)];
  if (type === 'REJECTED' || type === 'DENIED') {
    const recent = coref.records
      .filter((r) => (r.fact.type === 'DEMAND' || r.fact.status === 'proposed') && r.fact.evidence.some((e) => e < s && e >= s - 3))
      .sort((a, b) => b.lastToken - a.lastToken)[0];
    return recent ? [recent] : [];
  }
  return [];
}

/** A channel named in sentence `s` or the one before: "on Telegram", "via X", "on social media". */
function channelNear(view: ArticleView, s: number): string | undefined {
  for (const k of [s, s - 1]) {
    const words = view.words[k] ?? [];
    for (const m of mentionsOf(view, k)) {
      if (m.mention.type !== 'SOURCE') continue;
      const entity = view.entity.get(m.mention.entity);
      if (entity?.sourceKind !== 'channel') continue;
      if (CHANNEL_PREPOSITIONS.has(words[m.first - 1]?.lower ?? '')) return entity.key;
    }
  }
  return undefined;
}

function demands(coref: Coreference, out: RelationSet): void {
  for (const r of coref.records) {
    if (r.fact.type !== 'DEMAND') continue;
    for (const p of r.fact.participants) {
      if (p.role !== 'agent') continue;
      const evidence = r.drafts.filter((d) => d.participants.some((q) => q.entity === p.entity)).map((d) => d.sentence);
      out.add({ type: 'DEMANDED', from: p.entity, to: r.fact.key, evidence: [...new Set(evidence)], confidence: 0.8 });
    }
  }
}
