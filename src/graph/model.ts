/**
 * The graph contract in code: labels, relationship types and event type names.
 * Labels and relationship types in Cypher come ONLY from these whitelists, never from input.
 * Documented for users in docs/graph-model.md.
 */
import type { EntityType, EventStatus, EventType, RelationType } from '../ingest/types.js';

export const entityLabel = {
  PERSON: 'Person',
  PLACE: 'Place',
  ORGANIZATION: 'Organization',
  SOURCE: 'Source',
} as const satisfies Record<EntityType, string>;

export type EntityLabel = (typeof entityLabel)[EntityType];

/** Second label of each event node (Neo4j Browser colours nodes by it). */
export const eventLabel = {
  TALKS: 'Talks',
  MEETING: 'Meeting',
  AGREEMENT: 'Agreement',
  PRISONER_EXCHANGE: 'PrisonerExchange',
  RELEASE: 'Release',
  CEASEFIRE: 'Ceasefire',
  STATEMENT: 'Statement',
  DEMAND: 'Demand',
  REJECTION: 'Rejection',
  ATTACK: 'Attack',
  BATTLE: 'Battle',
  REFERENDUM: 'Referendum',
  ELECTION: 'Election',
  SANCTION: 'Sanction',
  AID: 'Aid',
  ACQUISITION: 'Acquisition',
  LAUNCH: 'Launch',
  DISASTER: 'Disaster',
  ACCIDENT: 'Accident',
  ARREST: 'Arrest',
  RESIGNATION: 'Resignation',
  APPOINTMENT: 'Appointment',
  COMPETITION: 'Competition',
} as const satisfies Record<EventType, string>;

/** Relationship types the writer may create between entities and events (besides the structural ones below). */
export const semanticRelationships = [
  'PRODUCED',
  'ANNOUNCED',
  'CONFIRMED',
  'DEMANDED',
  'REJECTED',
  'DENIED',
  'HOLDS_ROLE',
  'PART_OF',
  'CITES',
  'TOOK_PLACE_IN',
  'INVOLVED',
] as const satisfies ReadonlyArray<RelationType | 'TOOK_PLACE_IN' | 'INVOLVED'>;

export type SemanticRelationship = (typeof semanticRelationships)[number];

/**
 * When reports of one event disagree on its status, the more conclusive one wins:
 * a planned exchange later reported as carried out becomes `occurred`.
 */
export const statusRank: Record<EventStatus, number> = {
  proposed: 1,
  planned: 2,
  denied: 3,
  cancelled: 4,
  failed: 4,
  occurred: 5,
};

/** Labels that carry a unique `id` (one node each), for look-ups by id without knowing the label. */
export const identifiedLabels = ['Event', 'Person', 'Place', 'Organization', 'Source', 'Article', 'Sentence'] as const;

/**
 * Cypher that binds `v` to the node whose id is `idExpr`, whatever its label, using the unique
 * indexes (an unlabelled `{id: …}` match would scan every node). `scope` lists variables to import.
 */
export function matchById(v: string, idExpr: string, scope: string): string {
  return `CALL { WITH ${scope} ${identifiedLabels.map((l) => `MATCH (${v}:${l} {id: ${idExpr}}) RETURN ${v}`).join(` UNION WITH ${scope} `)} }`;
}
