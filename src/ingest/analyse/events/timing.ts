/**
 * The date of each event mention: the date mention nearest its trigger in the same sentence
 * (a calendar date before a vague one such as "last winter"), unless that date belongs to another
 * trigger of the sentence: "The exchange followed talks in Geneva on Tuesday" dates the talks, not
 * the exchange (see claimedDates).
 * "The following day" and its kind are relative to the event told before, not to the
 * publication date, so they are kept as an offset and resolved after coreference.
 * The date of a saying ("said on Monday it had agreed to acquire …") is not the date of an
 * event still to come; it is left out for planned and proposed mentions. Runs after status.
 */
import { CLAUSE_VERBS, EVENT_RELATIVE_DATES } from './lexicon.js';
import type { DateMention, DatePrecision } from '../../types.js';
import type { EventDraft } from './draft.js';
import { firstTokenFrom, type ArticleView } from './view.js';

export function attachDates(view: ArticleView, drafts: EventDraft[]): void {
  const claimed = claimedDates(view, drafts);
  for (const d of drafts) {
    const date = nearestDate(view, d, claimed);
    if (!date) continue;
    const { relative } = relativeOffset(date.text);
    if (relative !== undefined) d.relativeDays = relative;
    else d.date = date;
  }
}

/** The best date of `d`'s sentence for it, leaving out the dates `claimed` by another trigger. */
function nearestDate(view: ArticleView, d: EventDraft, claimed?: ReadonlyMap<DateMention, EventDraft>): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDistance = 0;
  for (const date of view.datesIn[d.sentence] ?? []) {
    const owner = claimed?.get(date);
    if (owner !== undefined && owner !== d && !sameDayAs(view, d)) continue;
    if ((d.status === 'planned' || d.status === 'proposed') && datesASaying(view, date.start)) continue;
    const distance = date.start >= d.token.end ? date.start - d.token.end : d.token.start - date.end;
    if (distance < 0) continue; // the trigger lies inside the date expression
    // A vague date ("last winter", "this quarter") yields to a calendar one in the same sentence.
    if (!best || better(date.precision, distance, best.precision, bestDistance)) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * In a sentence with several triggers, the dates that belong to one of them: a date qualifying a
 * noun trigger ("Tuesday's talks", "the March 5 exchange"), else a date after a trigger, to the
 * nearest trigger before it ("talks in Geneva on Tuesday", "exchanged 150 prisoners on Wednesday
 * after talks"), a temporal phrase qualifying what precedes it. The claim holds only when the date
 * is also that trigger's own best date, so a second date further on ("… at talks on Monday took
 * effect on Wednesday") stays free for the other triggers. A date before every trigger ("On
 * Tuesday, …") belongs to none: each trigger may take it.
 */
function claimedDates(view: ArticleView, drafts: EventDraft[]): Map<DateMention, EventDraft> {
  const claimed = new Map<DateMention, EventDraft>();
  // Drafts come in text order, so the drafts of a sentence are consecutive.
  for (let i = 0, j = 0; i < drafts.length; i = j) {
    const s = drafts[i]!.sentence;
    for (j = i + 1; j < drafts.length && drafts[j]!.sentence === s; j++);
    const dates = view.datesIn[s] ?? [];
    if (j - i < 2 || dates.length === 0) continue; // the common case: one trigger, nothing to share
    const here = drafts.slice(i, j);
    for (const date of dates) {
      const owner = qualified(view, here, date) ?? precedingInClause(view, here, date);
      if (owner && nearestDate(view, owner) === date) claimed.set(date, owner);
    }
  }
  return claimed;
}

/** Punctuation that ends a phrase: a date after it may open the next clause ("…, but in 2003 a scandal erupted"). */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The nearest trigger before the date with no phrase break between them. */
function precedingInClause(view: ArticleView, here: EventDraft[], date: DateMention): EventDraft | undefined {
  const owner = here.findLast((d) => d.token.end <= date.start);
  if (!owner) return undefined;
  const words = view.words[owner.sentence]!;
  for (let k = owner.word + 1; k < words.length && words[k]!.start < date.start; k++) if (PHRASE_BREAKS.has(words[k]!.text)) return undefined;
  return owner;
}

/** "…, hours before talks opened": a trigger told as hours or minutes from another event shares its day. */
function sameDayAs(view: ArticleView, d: EventDraft): boolean {
  const words = view.words[d.sentence]!;
  for (let k = Math.max(1, d.word - 4); k < d.word; k++) {
    if ((words[k]!.lower === 'before' || words[k]!.lower === 'after') && SAME_DAY_SPANS.has(words[k - 1]!.lower)) return true;
  }
  return false;
}

const SAME_DAY_SPANS: ReadonlySet<string> = new Set(['hours', 'hour', 'minutes', 'moments', 'shortly']);

/** "Tuesday's talks", "the March 5 exchange", "Sunday's parliamentary election": the noun trigger right after the date. */
function qualified(view: ArticleView, here: EventDraft[], date: DateMention): EventDraft | undefined {
  const words = view.words[here[0]!.sentence]!;
  let k = words.findIndex((w) => w.start >= date.end);
  if (k < 0) return undefined;
  if (words[k]!.lower === "'s" || words[k]!.lower === '’s') k++;
  for (let n = 0; n < 3 && words[k]; n++, k++) {
    const draft = here.find((d) => d.word === k);
    if (draft) return draft.nominal ? draft : undefined;
    if (words[k]!.pos !== 'ADJ' && words[k]!.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** Is a date of `precision` at `distance` a better event date than the current best? Calendar dates first, then nearest. */
function better(precision: DatePrecision, distance: number, bestPrecision: DatePrecision, bestDistance: number): boolean {
  const vague = precision === 'approximate';
  const bestVague = bestPrecision === 'approximate';
  return vague === bestVague ? distance < bestDistance : bestVague;
}

/** "said on Monday", "announced Tuesday": the date mention starting at `start` follows a reporting verb. */
function datesASaying(view: ArticleView, start: number): boolean {
  const first = firstTokenFrom(view.tokens, start);
  for (const k of [first - 1, first - 2]) {
    const t = view.tokens[k];
    if (t?.pos === 'VERB') return CLAUSE_VERBS.has(t.lemma);
    if (t && t.lower !== 'on') return false;
  }
  return false;
}

/** "the following day" → 1; undefined for dates relative to the publication date. */
export function relativeOffset(text: string): { relative?: number } {
  const lower = text.toLowerCase();
  for (const [phrase, days] of EVENT_RELATIVE_DATES) if (lower.includes(phrase)) return { relative: days };
  return {};
}

/** `2026-03-05` + n days, in UTC. */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
