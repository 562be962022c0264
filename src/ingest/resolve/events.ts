/**
 * Event coreference across articles: the same type, close enough in time, and overlapping
 * participants or place make one event. Pure: the writer fetches the candidates.
 */
import type { EventFact } from '../types.js';
import { eventId } from '../../graph/patch.js';
import { daysBetween, monthLength, type Day } from '../analyse/dates/calendar.js';

/** An event already in the graph, as the matcher needs it. */
export interface KnownEvent {
  id: string;
  type: string;
  date: string | null;
  perSide: number | null;
  total: number | null;
  /** Global ids of its participants and places. */
  actors: string[];
  /** Publication day of the first article that reported it: where an undated event sits in time. */
  firstSeen?: string | null;
}

/**
 * How many days an undated report may lie from the other side of a match. News reports an
 * event it does not date ("the talks in Geneva") close to when it happens, so an undated event
 * is placed at its first report: "talks in Geneva" read a year apart are two talks, however
 * alike, and a month apart may be one.
 */
export const UNDATED_WINDOW_DAYS = 30;

/** Dates are compatible when one contains the other ("2026-03" ⊇ "2026-03-06") or days are equal. Unknown dates are compatible with anything. */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Year-month prefix used to fetch candidates ("2026-03-05" → "2026-03"). */
export const monthOf = (date: string | null | undefined): string | null => (date && date.length >= 7 ? date.slice(0, 7) : date ?? null);

/**
 * The days an ISO date value spans, first and last: "2026-03-05" one day, "2026-03" March,
 * "2026-Q1" January to March, "2026" (or a week, a season) its year. Null for a value without a year.
 */
export function daySpan(value: string): [Day, Day] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const months = (first: number, last: number): [Day, Day] => [{ year, month: first, day: 1 }, { year, month: last, day: monthLength(year, last) }];
  if (m[3]) {
    const day = { year, month: Number(m[2]), day: Number(m[3]) };
    return [day, day];
  }
  if (m[2]) return months(Number(m[2]), Number(m[2]));
  if (m[4]) return months(Number(m[4]) * 3 - 2, Number(m[4]) * 3);
  return months(1, 12);
}

/** Days between two spans (0 when they overlap). */
const gapDays = (a: [Day, Day], b: [Day, Day]): number => Math.max(0, daysBetween(b[1], a[0]), daysBetween(a[1], b[0]));

/**
 * Days between an event reported on `seen` and a known event: 0 for agreeing dates, else the gap
 * between the undated side's report day and the other side. Null when either side has nothing
 * to place it in time.
 */
function timeGap(event: { date?: string | null }, seen: string | undefined, known: KnownEvent): number | null {
  if (event.date && known.date) return datesCompatible(event.date, known.date) ? 0 : Infinity;
  return placedGap(event, seen, known);
}

/** Days between the two sides placed in time: each by its date, else by its (first) report day. */
function placedGap(event: { date?: string | null }, seen: string | undefined, known: KnownEvent): number | null {
  const a = event.date ?? seen;
  const b = known.date ?? known.firstSeen;
  const spanA = a ? daySpan(a) : null;
  const spanB = b ? daySpan(b) : null;
  return spanA && spanB ? gapDays(spanA, spanB) : null;
}

/**
 * Types whose events are told apart by who takes part rather than by the day: a company buys a
 * given company once, a person resigns or is arrested once in a while. News dates them loosely
 * ("shares fell on Wednesday, a day after the company agreed to buy…" resolves to the Wednesday),
 * so their reports may differ by days. Talks, attacks or exchanges between the same sides recur
 * and keep the strict rule.
 */
const ONE_OFF_TYPES: ReadonlySet<string> = new Set(['ACQUISITION', 'RESIGNATION', 'APPOINTMENT', 'ARREST']);
export const isOneOff = (type: string): boolean => ONE_OFF_TYPES.has(type);

/**
 * Reports of a one-off event up to UNDATED_WINDOW_DAYS apart (by their dates, or report days when
 * undated) are one event when they name at least two of the same actors (`shared`: buyer and
 * target, person and office) and one's actors all appear in the other's.
 */
function sameOneOff(event: { type: string; date?: string | null }, seen: string | undefined, actors: string[], shared: number, known: KnownEvent): boolean {
  if (!isOneOff(event.type)) return false;
  const gap = placedGap(event, seen, known);
  if (gap == null || gap > UNDATED_WINDOW_DAYS) return false;
  return shared >= 2 && shared === Math.min(new Set(actors).size, new Set(known.actors).size);
}

/**
 * Is `event` (with its actors resolved to global ids, reported in an article published on
 * `seen`) the same real-world event as `known`?
 */
export function sameEvent(
  event: Pick<EventFact, 'type' | 'date' | 'perSide' | 'total'>,
  actors: string[],
  known: KnownEvent,
  seen?: string,
): boolean {
  if (event.type !== known.type) return false;
  const shared = actors.filter((a) => known.actors.includes(a)).length;
  if (shared === 0) return false;
  const gap = timeGap(event, seen, known) ?? 0;
  if (gap > (event.date && known.date ? 0 : UNDATED_WINDOW_DAYS) && !sameOneOff(event, seen, actors, shared, known)) return false;
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

/**
 * Global id for each event of an article published on `seen`: its own id when the graph has it
 * (the article read again), else the known event that shares most actors (the nearest in time
 * on a tie), else a new content-derived id.
 */
export function matchEvents(events: EventFact[], entityIds: Record<string, string>, known: KnownEvent[], seen?: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const taken = new Set<string>();
  for (const ev of events) {
    const actors = actorsOf(ev, entityIds);
    const own = eventId(ev, entityIds, seen);
    let hit = known.find((k) => k.id === own);
    if (!hit) {
      const score = (k: KnownEvent) => [actors.filter((a) => k.actors.includes(a)).length, -(timeGap(ev, seen, k) ?? 0)] as const;
      for (const k of known)
        if (!taken.has(k.id) && sameEvent(ev, actors, k, seen)) {
          const [shared, near] = score(k);
          const best = hit && score(hit);
          if (!best || shared > best[0] || (shared === best[0] && near > best[1])) hit = k;
        }
    }
    ids[ev.key] = hit?.id ?? own;
    taken.add(ids[ev.key]!);
  }
  return ids;
}

/** Global ids of an event's participants and places. */
const actorsOf = (ev: EventFact, entityIds: Record<string, string>): string[] =>
  [...ev.participants.map((p) => entityIds[p.entity]), ...ev.places.map((p) => entityIds[p])].filter((x): x is string => !!x);

/**
 * Fold an article's matched events (`ids` from matchEvents) into `known`, in place, as the writer
 * will store them: a new event joins the list, a matched one gains the article's actors, a more
 * precise date, figures it lacked and an earlier first report. The articles of one write batch are
 * matched before any is written, so this is how a later article of the batch finds the events of
 * an earlier one (a follow-up naming only "the talks in Geneva" finds the talks its predecessor
 * reported with both sides).
 */
export function recordEvents(known: KnownEvent[], events: EventFact[], entityIds: Record<string, string>, ids: Record<string, string>, seen: string): void {
  for (const ev of events) {
    const id = ids[ev.key];
    if (!id) continue;
    const actors = actorsOf(ev, entityIds);
    const k = known.find((x) => x.id === id);
    if (!k) {
      known.push({ id, type: ev.type, date: ev.date ?? null, perSide: ev.perSide ?? null, total: ev.total ?? null, actors, firstSeen: seen });
      continue;
    }
    k.actors = [...new Set([...k.actors, ...actors])];
    if (ev.date && (!k.date || ev.date.length > k.date.length)) k.date = ev.date;
    k.perSide ??= ev.perSide ?? null;
    k.total ??= ev.total ?? null;
    if (!k.firstSeen || seen < k.firstSeen) k.firstSeen = seen;
  }
}
