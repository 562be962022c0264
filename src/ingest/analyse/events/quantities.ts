/**
 * Counts of people in exchanges and releases: "200 prisoners of war from each side" and
 * "157 prisoners each" → per side; "a total of 500 prisoners" → total. A release counted per
 * side is reciprocal, so it becomes a prisoner exchange. Counts in "If …" sentences and on
 * aggregates ("the two exchanges together") belong to no single event and are left out.
 */
import { NUMBER_WORDS, PEOPLE_NOUNS, PER_SIDE_MARKERS, TOTAL_AFTER, TOTAL_BEFORE } from './lexicon.js';
import type { EventDraft } from './draft.js';
import { phraseAt, type ArticleView } from './view.js';
import type { Token } from '../nlp.js';

export interface PeopleCount {
  value: number;
  kind: 'perSide' | 'total' | 'plain';
  /** Word index of the number in its sentence. */
  word: number;
}

const COUNTED: ReadonlySet<string> = new Set(['PRISONER_EXCHANGE', 'RELEASE']);

export function attachQuantities(view: ArticleView, drafts: EventDraft[]): void {
  for (let sentence = 0; sentence < view.words.length; sentence++) {
    const here = drafts.filter((d) => d.sentence === sentence && COUNTED.has(d.type) && !d.conditional && d.aggregate === undefined);
    if (here.length === 0) continue;
    for (const count of peopleCounts(view.words[sentence]!)) {
      if (count.kind === 'plain') continue;
      const nearest = here.reduce((a, b) => (Math.abs(a.word - count.word) <= Math.abs(b.word - count.word) ? a : b));
      if (count.kind === 'perSide') {
        nearest.perSide ??= count.value;
        if (nearest.type === 'RELEASE') nearest.type = 'PRISONER_EXCHANGE';
      } else nearest.total ??= count.value;
    }
  }
}

/** Every "N <people>" in a sentence, with what the words around it make of it. */
export function peopleCounts(words: Token[]): PeopleCount[] {
  const out: PeopleCount[] = [];
  for (let i = 0; i < words.length; i++) {
    const value = numberValue(words[i]!);
    if (value === undefined) continue;
    // The people noun within three words ("200 Ukrainian prisoners", "300 prisoners").
    let noun = -1;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (PEOPLE_NOUNS.has(words[k]!.lemma) || PEOPLE_NOUNS.has(words[k]!.lower)) {
        noun = k;
        break;
      }
      if (!['ADJ', 'PROPN', 'NOUN'].includes(words[k]!.pos)) break;
    }
    if (noun < 0) continue;
    let after = noun + 1;
    if (words[after]?.lower === 'of' && words[after + 1]?.lower === 'war') after += 2;
    const perSide = PER_SIDE_MARKERS.some((m) => phraseAt(words, after, m));
    const totalBefore = TOTAL_BEFORE.some((m) => phraseAt(words, i - m.length, m));
    const totalAfter = TOTAL_AFTER.some((m) => phraseAt(words, after, m));
    out.push({ value, word: i, kind: perSide ? 'perSide' : totalBefore || totalAfter ? 'total' : 'plain' });
  }
  return out;
}

function numberValue(t: Token): number | undefined {
  if (t.pos !== 'NUM' && t.kind !== 'number') return undefined;
  const digits = t.text.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  return NUMBER_WORDS.get(t.lower);
}
