/**
 * The date of each event mention: the date mention nearest its trigger in the same sentence
 * (a calendar date before a vague one such as "last winter").
 * "The following day" and its kind are relative to the event told before, not to the
 * publication date, so they are kept as an offset and resolved after coreference.
 * The date of a saying ("said on Monday it had agreed to acquire …") is not the date of an
 * event still to come; it is left out for planned and proposed mentions. Runs after status.
 */
import { CLAUSE_VERBS, EVENT_RELATIVE_DATES } from './lexicon.js';
import type { DatePrecision } from '../../types.js';
import type { EventDraft } from './draft.js';
import { firstTokenFrom, type ArticleView } from './view.js';

export function attachDates(view: ArticleView, drafts: EventDraft[]): void {
  for (const d of drafts) {
    const candidates = view.datesIn[d.sentence] ?? [];
    let best: { distance: number; relative?: number; date: (typeof candidates)[number] } | undefined;
    for (const date of candidates) {
      if ((d.status === 'planned' || d.status === 'proposed') && datesASaying(view, date.start)) continue;
      const distance = date.start >= d.token.end ? date.start - d.token.end : d.token.start - date.end;
      if (distance < 0) continue; // the trigger lies inside the date expression
      // A vague date ("last winter", "this quarter") yields to a calendar one in the same sentence.
      if (!best || better(date.precision, distance, best.date.precision, best.distance)) best = { distance, date, ...relativeOffset(date.text) };
    }
    if (!best) continue;
    if (best.relative !== undefined) d.relativeDays = best.relative;
    else d.date = best.date;
  }
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
