/**
 * The status of each event mention (occurred, planned, proposed, failed, cancelled, denied).
 * A cue from the lexicon decides when one is in scope ("would be released", "talks ended
 * without breakthroughs", "a possible ceasefire"); the nearest wins. Without a cue, a past-tense
 * verb next to the trigger (in the same clause) says it occurred; otherwise the status stays
 * the default `occurred` but is not explicit, so it never keeps two mentions apart.
 */
import { STATUS_CUES, type StatusCue } from './lexicon.js';
import type { EventDraft } from './draft.js';
import { phraseAt, type ArticleView } from './view.js';
import type { Token } from '../nlp.js';

const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may']);
/** Words that open another clause: a cue after one of them speaks of that clause ("an election called after the government collapsed"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'because', 'since', 'when', 'while', 'until', 'unless', 'although', 'though', 'whereas']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'its', 'his', 'her', 'their']);

export function assignStatus(view: ArticleView, drafts: EventDraft[]): void {
  const hitsBySentence = new Map<number, CueHit[]>();
  for (const d of drafts) {
    const words = view.words[d.sentence] ?? [];
    let hits = hitsBySentence.get(d.sentence);
    if (!hits) {
      // A cue word inside a date is part of the date ("on 10 May", "in March").
      const dates = view.datesIn[d.sentence] ?? [];
      const inDate = (w: Token) => dates.some((x) => w.start >= x.start && w.end <= x.end);
      hitsBySentence.set(d.sentence, (hits = cueHits(words).filter((h) => !inDate(words[h.at]!))));
    }
    // "the resignation will not affect results", "the acquisition would double capacity": a modal
    // after an event already known speaks of its effects, not of the event.
    const definite = d.nominal && d.modifiers.some((m) => DEFINITE.has(m));
    const applies = (c: StatusCue, eventBefore: boolean) =>
      !(c.verbal && d.nominal) && !(definite && eventBefore && c.words.length === 1 && MODALS.has(c.words[0]!));
    const cue = nearestCue(words, d.word, applies, hits) ?? (d.nominal ? undefined : modalOfConjunction(words, d.word, hits));
    if (cue) {
      d.status = cue.status;
      d.statusExplicit = true;
    } else if (pastTenseNear(words, d.word)) {
      d.status = 'occurred';
      d.statusExplicit = true;
      d.statusByTense = true;
    }
  }
}

/**
 * "she would visit plants … and meet the union": a verb joined by "and"/"or" to an earlier verb
 * shares that verb's modal, however long the first verb's phrase. Only when every verb between
 * is the modal's own (base-form) verb, and no clause break (";", ":", a quote) comes between.
 */
function modalOfConjunction(words: Token[], at: number, hits: CueHit[]): StatusCue | undefined {
  if (!['and', 'or'].includes(words[at - 1]?.lower ?? '')) return undefined;
  for (const { cue, at: m } of [...hits].reverse()) {
    if (m >= at - 1 || cue.words.length !== 1 || !MODALS.has(cue.words[0]!)) continue;
    const verb = words[m + 1];
    if (!verb || verb.pos !== 'VERB' || verb.lower !== verb.lemma) return undefined;
    const between = words.slice(m + 2, at - 1);
    const breaks = between.some((w) => [';', ':', '"', '“', '”'].includes(w.text) || w.pos === 'AUX' || (w.pos === 'VERB' && w.lower !== w.lemma));
    return breaks ? undefined : cue;
  }
  return undefined;
}

/**
 * News that changes an event's fate outweighs its plan: "the planned summit was cancelled" is
 * cancelled, "would have to be approved by a referendum" proposed. Within a rank, nearest wins.
 */
const RANK: Record<StatusCue['status'], number> = { failed: 3, cancelled: 3, denied: 3, proposed: 2, planned: 1, occurred: 1 };

/** The strongest cue in scope of the trigger at word `at`; within a rank the nearest, then the earlier lexicon entry. */
export function nearestCue(
  words: Token[],
  at: number,
  applies: (cue: StatusCue, eventBefore: boolean) => boolean = () => true,
  hits: CueHit[] = cueHits(words),
): StatusCue | undefined {
  if (hits.length === 0) return undefined; // most sentences hold no cue: no positions to count
  // Distances count words, not punctuation ("a 30-day truce" is three words away).
  const position: number[] = [];
  for (let i = 0; i < words.length; i++) position.push((position[i - 1] ?? -1) + (words[i]!.pos === 'PUNCT' && i > 0 ? 0 : 1));
  const gap = (from: number, to: number) => position[to]! - position[from]!;
  let best: { cue: StatusCue; distance: number } | undefined;
  for (const { cue, at: c } of hits) {
    const end = c + cue.words.length - 1;
    let distance: number | undefined;
    if (at < c && cue.scope !== 'event-after') distance = gap(at, c);
    else if (at > end && cue.scope !== 'event-before') distance = gap(end, at);
    else if (at >= c && at <= end) distance = 0; // the trigger is the cue ("planned")
    if (distance === undefined || distance > cue.reach || !applies(cue, at < c)) continue;
    if (at < c && words.slice(at + 1, c).some((w) => SUBORDINATORS.has(w.lower))) continue;
    const better = !best || RANK[cue.status] > RANK[best.cue.status] || (RANK[cue.status] === RANK[best.cue.status] && distance < best.distance);
    if (better) best = { cue, distance };
  }
  return best?.cue;
}

/** A status cue found at word `at` of a sentence. */
export interface CueHit {
  cue: StatusCue;
  at: number;
}

const CUES_BY_FIRST_WORD = new Map<string, StatusCue[]>();
for (const cue of STATUS_CUES) CUES_BY_FIRST_WORD.set(cue.words[0]!, [...(CUES_BY_FIRST_WORD.get(cue.words[0]!) ?? []), cue]);

/** Every status cue of a sentence, in lexicon order at each position. */
export function cueHits(words: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let at = 0; at < words.length; at++) {
    for (const cue of CUES_BY_FIRST_WORD.get(words[at]!.lower) ?? []) if (phraseAt(words, at, cue.words)) hits.push({ cue, at });
  }
  return hits;
}

const PRESENT_FORMS = /(ing|s)$/;

/** A past-tense or perfect verb within three words of the trigger, with no comma between ("had been exchanged"). */
function pastTenseNear(words: Token[], at: number): boolean {
  const isPast = (t: Token) =>
    (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !PRESENT_FORMS.test(t.lower) && t.lower !== 'are' && t.lower !== 'am';
  for (const dir of [1, -1]) {
    for (let k = 0; k <= 3; k++) {
      const w = words[at + dir * k];
      if (!w || (k > 0 && w.pos === 'PUNCT')) break;
      if (isPast(w)) return true;
    }
  }
  return false;
}

/**
 * "Voters go to the polls on Sunday": with no cue, an event dated after the publication date is
 * still to come. So is one whose only cue is a nearby past-tense verb, which may be a participle
 * of another clause ("a snap election called after…" on Sunday, in Saturday's paper). Runs after
 * the dates are attached.
 */
export function futureByDate(view: ArticleView, drafts: EventDraft[]): void {
  const anchor = view.ctx.anchor;
  for (const d of drafts) {
    if ((d.statusExplicit && !d.statusByTense) || !d.date) continue;
    // Compare at the date's own precision: "2026-05" is not after "2026-05-06".
    if (d.date.value.slice(0, 10) > anchor.slice(0, d.date.value.length) && /^\d{4}(-\d{2}){0,2}$/.test(d.date.value)) {
      d.status = 'planned';
      d.statusExplicit = true;
      d.statusByTense = false;
    }
  }
}
