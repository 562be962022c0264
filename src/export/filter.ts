/**
 * Which part of the graph an export covers. No filter: the whole graph. A filter selects events
 * (by type, date range, and/or an entity they involve) and the export is the subgraph induced by
 * those events, their neighbours (places, participants, claimants, reporting articles) and the
 * sentences of the evidence of every relationship among them.
 *
 * Cypher is built here as data ({cypher, params}); values are always parameters.
 */
import { ConfigError } from '../errors.js';
import { eventLabel } from '../graph/model.js';
import { eventWhere as graphEventWhere } from '../graph/read.js';
import type { EventType } from '../ingest/types.js';

export interface ExportFilter {
  /** Event types (`PRISONER_EXCHANGE`, or the label form `PrisonerExchange`, any case). */
  types?: string[];
  /** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; compared at each event's own precision. */
  from?: string;
  to?: string;
  /** An entity id, name or alias: events it took part in, hosted, or made claims about. */
  entity?: string;
}

/** Labels exported, in output order; labels and relationship types come only from code. */
export const exportLabels = ['Article', 'Sentence', 'Source', 'Person', 'Organization', 'Place', 'Event'] as const;
export type ExportLabel = (typeof exportLabels)[number];

export const isFiltered = (f: ExportFilter): boolean => Boolean(f.types?.length || f.from || f.to || f.entity);

const typeByName = new Map<string, EventType>(
  (Object.entries(eventLabel) as [EventType, string][]).flatMap(([type, label]) => [
    [type.toLowerCase(), type],
    [label.toLowerCase(), type],
  ]),
);

/** The stored event type for a name a user typed ("prisoner_exchange", "PrisonerExchange"); ConfigError if unknown. */
export function eventTypeOf(name: string): EventType {
  const type = typeByName.get(name.trim().toLowerCase().replace(/[\s-]+/g, '_')) ?? typeByName.get(name.trim().toLowerCase().replace(/[\s_-]+/g, ''));
  if (!type) throw new ConfigError(`unknown event type "${name}": expected one of ${Object.keys(eventLabel).join(', ')}`);
  return type;
}

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date bound as given, checked: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ConfigError otherwise. */
export function dateBound(flag: string, text: string): string {
  const t = text.trim();
  if (!datePattern.test(t)) throw new ConfigError(`${flag} "${text}": expected a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return t;
}

/** The WHERE clause selecting events `e` for a filter. */
export function eventWhere(filter: ExportFilter): { where: string; params: Record<string, unknown> } {
  // The API's event filter, with the CLI's checks on dates and type names.
  return graphEventWhere({
    types: filter.types?.length ? [...new Set(filter.types.map(eventTypeOf))] : null,
    from: filter.from ? dateBound('--from', filter.from) : null,
    to: filter.to ? dateBound('--to', filter.to) : null,
    participant: filter.entity?.trim() || null,
  });
}

/**
 * The ids of the nodes of a filtered export, grouped by label: one row per label, `{label, ids}`.
 * One round trip; only ids travel, the nodes themselves are read later in batches.
 */
export function scopeQuery(filter: ExportFilter): { cypher: string; params: Record<string, unknown> } {
  const { where, params } = eventWhere(filter);
  const cypher = `MATCH (e:Event) ${where}
CALL (e) {
  RETURN e AS n
  UNION MATCH (e)-[:TOOK_PLACE_IN|INVOLVED]->(n) RETURN n
  UNION MATCH (e)<-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(n) RETURN n
  UNION MATCH (e)<-[:REPORTS]-(n:Article) RETURN n
}
WITH collect(DISTINCT n) AS core
CALL (core) {
  UNWIND core AS x
  MATCH (x)-[r]->(y) WHERE r.evidence IS NOT NULL AND y IN core
  UNWIND r.evidence AS sid
  RETURN collect(DISTINCT sid) AS sids
}
CALL (sids) { MATCH (s:Sentence) WHERE s.id IN sids RETURN collect(s) AS sentences }
UNWIND core + sentences AS n
WITH n, [l IN $labels WHERE l IN labels(n)][0] AS label
WHERE label IS NOT NULL
RETURN label, collect(n.id) AS ids`;
  return { cypher, params: { ...params, labels: [...exportLabels] } };
}
