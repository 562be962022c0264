/**
 * Event coreference within one article: mentions of the same event become one `EventFact`.
 *
 * Mentions are read in text order. Each joins the most recently mentioned compatible event
 * (same type or family, no conflicting count, date, place or explicit status; a place match is
 * preferred), or starts a new event if it is specific enough. "Another …" starts a new event
 * unless an earlier "another …" already did. Aggregates ("the two exchanges together") and
 * hypotheses ("If completed, …") never start events; aggregates remember which events they sum.
 */
import type { EventFact, EventStatus, EventType } from '../../types.js';
import { addParticipant, canCreate, type EventDraft } from './draft.js';
import { TYPE_FAMILIES } from './lexicon.js';
import { addDays } from './timing.js';

/** An event being built, with what coreference needs to know about its mentions. */
export interface EventRecord {
  fact: EventFact;
  drafts: EventDraft[];
  /** Started by a "another/additional …" mention. */
  bornDistinct: boolean;
  statusExplicit: boolean;
  /** Token index of its latest mention. */
  lastToken: number;
  /** Days after the event told before, from a mention dated only that way ("the following day"). */
  relativeDays: number | undefined;
}

export interface Coreference {
  records: EventRecord[];
  /** The event each draft joined (absent: dropped), by draft. */
  eventOf: Map<EventDraft, EventRecord>;
  /** Aggregate drafts → the events they sum up. */
  aggregates: Map<EventDraft, EventRecord[]>;
}

/** Do two place lists name the same place, or one a place inside the other (Malatya in Turkey)? */
export type PlaceMatch = (a: readonly string[], b: readonly string[]) => boolean;

const sameKeys: PlaceMatch = (a, b) => a.some((p) => b.includes(p));

export function resolveEvents(drafts: EventDraft[], placesMatch: PlaceMatch = sameKeys): Coreference {
  const records: EventRecord[] = [];
  const eventOf = new Map<EventDraft, EventRecord>();
  const aggregates = new Map<EventDraft, EventRecord[]>();
  for (const d of drafts) {
    if (d.aggregate !== undefined) {
      const sameType = records.filter((r) => family(r.fact.type) === family(d.type));
      aggregates.set(d, sameType.sort((a, b) => b.lastToken - a.lastToken).slice(0, d.aggregate));
      continue;
    }
    // "a new exchange" opens the story; "new talks" after a meeting are other talks.
    if (d.modifiers.includes('new') && records.some((r) => family(r.fact.type) === family(d.type))) d.distinct = true;
    const target = bestMatch(records, d, placesMatch);
    if (target) {
      merge(target, d);
      eventOf.set(d, target);
    } else if (canCreate(d)) {
      const record = create(d, records.length);
      records.push(record);
      eventOf.set(d, record);
    }
  }
  resolveRelativeDates(records);
  return { records, eventOf, aggregates };
}

const family = (t: EventType): string => TYPE_FAMILIES.find((f) => f.includes(t))?.join('|') ?? t;

const REALISED: ReadonlySet<EventStatus> = new Set(['occurred', 'failed']);

function compatible(r: EventRecord, d: EventDraft, placesMatch: PlaceMatch): boolean {
  const f = r.fact;
  if (family(f.type) !== family(d.type)) return false;
  if (d.pastGeneric || d.conditional) return false;
  if (d.distinct && !r.bornDistinct) return false;
  if (f.perSide !== undefined && d.perSide !== undefined && f.perSide !== d.perSide) return false;
  if (f.total !== undefined && d.total !== undefined && f.total !== d.total) return false;
  if (f.places.length > 0 && d.places.length > 0 && !placesMatch(f.places, d.places)) return false;
  if (f.date && d.date && !f.date.startsWith(d.date.value) && !d.date.value.startsWith(f.date)) return false;
  if (r.statusExplicit && d.statusExplicit && REALISED.has(f.status) !== REALISED.has(d.status)) return false;
  // A generic plural joins only an event still to come, of the status it states ("additional exchanges would follow").
  if (!canCreate(d) && (!d.statusExplicit || d.status === 'occurred' || d.status !== f.status)) return false;
  return true;
}

function bestMatch(records: EventRecord[], d: EventDraft, placesMatch: PlaceMatch): EventRecord | undefined {
  const fits = records.filter((r) => compatible(r, d, placesMatch));
  const placed = fits.filter((r) => d.places.length > 0 && placesMatch(r.fact.places, d.places));
  const pool = placed.length > 0 ? placed : fits;
  return pool.sort((a, b) => b.lastToken - a.lastToken)[0];
}

function create(d: EventDraft, n: number): EventRecord {
  const fact: EventFact = {
    key: `event:${n + 1}`,
    type: d.type,
    cameo: d.cameo,
    label: '',
    trigger: { start: d.token.start, end: d.token.end, sentence: d.sentence, text: d.token.text },
    status: d.status,
    places: [...d.places],
    participants: [],
    evidence: [d.sentence],
    confidence: d.confidence,
  };
  const record: EventRecord = { fact, drafts: [], bornDistinct: d.distinct, statusExplicit: false, lastToken: d.token.index, relativeDays: undefined };
  merge(record, d);
  return record;
}

/**
 * Statuses that override others when mentions merge: a failure or cancellation is news about the
 * event; a denial stands only while nothing else in the article says the event happened.
 */
const STATUS_WEIGHT: Record<EventStatus, number> = { occurred: 1, planned: 1, proposed: 0, failed: 3, cancelled: 3, denied: 0 };

function merge(r: EventRecord, d: EventDraft): void {
  const f = r.fact;
  r.drafts.push(d);
  r.lastToken = Math.max(r.lastToken, d.token.index);
  if (!f.evidence.includes(d.sentence)) f.evidence.push(d.sentence);
  // The most specific type of the family wins (a release counted per side is an exchange).
  const fam = TYPE_FAMILIES.find((x) => x.includes(f.type));
  if (fam && fam.indexOf(d.type) < fam.indexOf(f.type)) {
    f.type = d.type;
    f.cameo = d.cameo;
  }
  // A first date, or a day refining a month.
  if (d.date && (!f.date || d.date.value.length > f.date.length)) {
    f.date = d.date.value;
    f.datePrecision = d.date.precision;
    if (d.date.part) f.datePart = d.date.part;
    else delete f.datePart;
  }
  if (d.relativeDays !== undefined) r.relativeDays ??= d.relativeDays;
  if (d.statusExplicit && (!r.statusExplicit || STATUS_WEIGHT[d.status] > STATUS_WEIGHT[f.status])) {
    f.status = d.status;
    r.statusExplicit = true;
  }
  f.perSide ??= d.perSide;
  f.total ??= d.total;
  for (const p of d.places) if (!f.places.includes(p)) f.places.push(p);
  for (const p of d.participants) addParticipant(f.participants, p);
  f.confidence = Math.min(0.95, Math.max(f.confidence, d.confidence) + (r.drafts.length > 1 ? 0.05 : 0));
}

/** "Another swap the following day": a day after the nearest earlier event of the family with a day date. */
function resolveRelativeDates(records: EventRecord[]): void {
  for (const r of records) {
    if (r.fact.date || r.relativeDays === undefined) continue;
    const firstToken = r.drafts[0]!.token.index;
    const anchor = records
      .filter((o) => o !== r && family(o.fact.type) === family(r.fact.type) && o.fact.datePrecision === 'day' && o.drafts[0]!.token.index < firstToken)
      .at(-1);
    if (!anchor?.fact.date) continue;
    r.fact.date = addDays(anchor.fact.date, r.relativeDays);
    r.fact.datePrecision = 'day';
  }
}
