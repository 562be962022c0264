/**
 * Event coreference across articles: the same type, a compatible date and overlapping
 * participants or place make one event. Pure: the writer fetches the candidates.
 */
import type { EventFact } from '../types.js';
import { eventId } from '../../graph/patch.js';

/** An event already in the graph, as the matcher needs it. */
export interface KnownEvent {
  id: string;
  type: string;
  date: string | null;
  perSide: number | null;
  total: number | null;
  /** Global ids of its participants and places. */
  actors: string[];
}

/** Dates are compatible when one contains the other ("2026-03" ⊇ "2026-03-06") or days are equal. Unknown dates are compatible with anything. */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Year-month prefix used to fetch candidates ("2026-03-05" → "2026-03"). */
export const monthOf = (date: string | null | undefined): string | null => (date && date.length >= 7 ? date.slice(0, 7) : date ?? null);

/** Is `event` (with its actors resolved to global ids) the same real-world event as `known`? */
export function sameEvent(event: Pick<EventFact, 'type' | 'date' | 'perSide' | 'total'>, actors: string[], known: KnownEvent): boolean {
  if (event.type !== known.type) return false;
  if (!datesCompatible(event.date, known.date)) return false;
  const shared = actors.filter((a) => known.actors.includes(a)).length;
  if (shared === 0) return false;
  // Without a date on either side, ask for more overlap: half of the smaller actor set.
  if ((!event.date || !known.date) && shared < Math.ceil(Math.min(actors.length, known.actors.length) / 2)) return false;
  // Different figures mean different events unless both are dated to the same day
  // (then they are conflicting reports of one event, kept side by side on REPORTS).
  const sameDay = !!event.date && event.date === known.date && event.date.length === 10;
  const figuresDiffer =
    (event.perSide != null && known.perSide != null && event.perSide !== known.perSide) ||
    (event.total != null && known.total != null && event.total !== known.total);
  return !(figuresDiffer && !sameDay);
}

/** Global id for each event of an article: a matching known event, else a new content-derived id. */
export function matchEvents(events: EventFact[], entityIds: Record<string, string>, known: KnownEvent[]): Record<string, string> {
  const ids: Record<string, string> = {};
  const taken = new Set<string>();
  for (const ev of events) {
    const actors = [...ev.participants.map((p) => entityIds[p.entity]), ...ev.places.map((p) => entityIds[p])].filter(
      (x): x is string => !!x,
    );
    const own = eventId(ev, entityIds);
    const hit = known.find((k) => k.id === own) ?? known.find((k) => !taken.has(k.id) && sameEvent(ev, actors, k));
    ids[ev.key] = hit?.id ?? own;
    taken.add(ids[ev.key]!);
  }
  return ids;
}
