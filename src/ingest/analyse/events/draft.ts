/**
 * An event *mention*: one trigger in one sentence, with what its sentence says about it.
 * The sub-stages fill drafts in order (detect → dates → status → quantities → participants);
 * coreference then merges the drafts that name the same event into `EventFact`s.
 *
 * Every property is present from the start (`undefined` until a sub-stage sets it): drafts are
 * read by every sub-stage, and one object shape keeps those reads fast.
 */
import type { DateMention, EventStatus, EventType, Participant } from '../../types.js';
import type { Token } from '../nlp.js';
import { TYPE_ENTRY } from './lexicon.js';

export interface EventDraft {
  type: EventType;
  cameo: string;
  sentence: number;
  /** The trigger token. */
  token: Token;
  /** Index of the trigger among `view.words[sentence]`. */
  word: number;
  nominal: boolean;
  /** Pre-modifiers of a nominal trigger ("recent", "another", "the"), lower-cased. */
  modifiers: string[];
  /** Plural noun trigger ("exchanges"); `talks`-like words are not counted as plural. */
  plural: boolean;
  /** A further event, distinct from the one already told ("another swap"). */
  distinct: boolean;
  /** About other, unnamed events ("previous exchanges", "earlier rounds of talks"). */
  pastGeneric: boolean;
  /** A sum of events already told ("the two exchanges together"): how many. */
  aggregate: number | undefined;
  /** In an "If …" sentence: a hypothesis, never a new event. */
  conditional: boolean;

  date: DateMention | undefined;
  /** Offset in days from the event told before ("the following day"), when that is the only date. */
  relativeDays: number | undefined;
  status: EventStatus;
  /** Set by a cue in the text, not by default: explicit statuses keep events apart. */
  statusExplicit: boolean;
  /** The explicit status came only from a past-tense verb near the trigger, which a date after publication outweighs. */
  statusByTense: boolean | undefined;
  perSide: number | undefined;
  total: number | undefined;
  places: string[];
  participants: Participant[];
  confidence: number;
}

/** Is the draft specific enough to start an event of its own? */
export function canCreate(d: EventDraft): boolean {
  if (d.conditional || d.pastGeneric || d.aggregate !== undefined) return false;
  const entry = TYPE_ENTRY.get(d.type);
  if (d.nominal && entry?.nounNeedsAgent && !d.participants.some((p) => p.role === 'agent')) return false;
  if (entry?.needsParty && d.participants.length === 0) return false;
  if (!d.nominal || !d.plural) return true;
  // A bare plural ("beyond prisoner exchanges") names a kind of event, unless something pins it down.
  return (
    d.modifiers.length > 0 ||
    d.places.length > 0 ||
    d.participants.length > 0 ||
    d.date !== undefined ||
    d.perSide !== undefined ||
    d.total !== undefined
  );
}

export function addParticipant(list: Participant[], p: Participant): void {
  if (!list.some((q) => q.entity === p.entity && q.role === p.role)) list.push(p);
}
