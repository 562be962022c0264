/**
 * The events stage: event mentions → events with type, status, date, counts, places and
 * participants; relations between events and from speakers to events; quotes.
 *
 *   detect        trigger words → one draft per mention (lexicon.ts holds every word list)
 *   status        occurred / planned / proposed / failed / cancelled / denied
 *   timing        the date of each mention (then status again: a future date means planned)
 *   quantities    "200 prisoners from each side", "a total of 500"
 *   participants  sides, mediators, agents, targets, places
 *   coreference   mentions of one event → one EventFact
 *   labels        "Geneva talks", "prisoner exchange (200 per side)"
 *   relations     PRODUCED, ANNOUNCED, CONFIRMED, DENIED, REJECTED, DEMANDED
 *   quotes        quoted words, speaker and channel
 *
 * Types and trigger words are documented in docs/event-types.md.
 */
import type { EventFact, Relation } from '../../types.js';
import type { Stage } from '../context.js';
import { resolveEvents } from './coreference.js';
import { detect } from './detect.js';
import type { EventDraft } from './draft.js';
import { labelEvent } from './labels.js';
import { attachParticipants } from './participants.js';
import { attachQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';
import { findRelations } from './relations.js';
import { assignStatus, futureByDate } from './status.js';
import { attachDates } from './timing.js';
import { buildView, placesMatcher, type ArticleView } from './view.js';

/** The steps that describe each mention, in order: later steps read what earlier ones set. */
const describe: ReadonlyArray<(view: ArticleView, drafts: EventDraft[]) => void> = [
  assignStatus,
  attachDates,
  futureByDate,
  attachQuantities,
  attachParticipants,
];

export const events: Stage = {
  name: 'events',
  run(ctx) {
    const view = buildView(ctx);
    const drafts = detect(view);
    for (const step of describe) step(view, drafts);
    const coref = resolveEvents(drafts, placesMatcher(view));
    for (const record of coref.records) record.fact.label = labelEvent(view, record);
    ctx.events.push(...coref.records.map((r) => r.fact));
    ctx.relations.push(...findRelations(view, drafts, coref));
    settleOutcomes(ctx.events, ctx.relations);
    ctx.quotes.push(...findQuotes(view));
  },
};

/**
 * Talks the text says produced an exchange or agreement did not fail, even when a sentence says
 * they "ended without major breakthroughs beyond" it: they took place and had an outcome.
 */
function settleOutcomes(events: EventFact[], relations: Relation[]): void {
  const producers = new Set(relations.filter((r) => r.type === 'PRODUCED').map((r) => r.from));
  for (const e of events) if (e.status === 'failed' && producers.has(e.key)) e.status = 'occurred';
}

export { EVENT_TYPES } from './lexicon.js';
