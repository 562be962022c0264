/**
 * Cypher reads, each named after the question it answers. Values are always
 * parameters; the only text spliced into Cypher comes from whitelists here.
 *
 * Two kinds: top-level lists (one query each, with their total), and batched
 * look-ups keyed by id (`UNWIND $ids …`), which the API's DataLoaders call once
 * per relationship field per request, whatever the number of items.
 */
import { lookupCountry } from '../ingest/analyse/gazetteer/countries.js';
import type { Graph, Row } from './db.js';
import { matchById } from './model.js';

/** ISO alpha-2 code of a country name ("Switzerland", "the US") or code ("CH"), else null. */
function countryCodeOf(text: string): string | null {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t)) return t;
  return lookupCountry(t) ?? null;
}

/** An article's stored fields that a request may select on evidence (others are resolved by id). */
const ARTICLE_PROPERTIES = ['id', 'title', 'publishedAt', 'url', 'publisher', 'input'] as const;

/**
 * A sentence as evidence: its text and position, and its article. Evidence lists can hold
 * hundreds of sentences, so every field left out here counts. With `fields` (what a request
 * selects), exactly the selected sentence and article fields; without, the article in brief
 * (`brief: true`: the fields evidence is usually shown with; the API loads the others by id).
 */
const evidenceMap = (s: string, a: string, fields?: Projection): string => {
  const has = (type: string, f: string) => !fields || !!fields.get(type)?.has(f);
  const sentence = [`text: ${s}.text`, ...(has('Evidence', 'sentenceId') ? [`sentenceId: ${s}.id`] : []), ...(has('Evidence', 'index') ? [`index: ${s}.index`] : [])];
  const article = fields
    ? ARTICLE_PROPERTIES.filter((f) => has('Article', f)).map((f) => `${f}: ${a}.${f}`)
    : [`id: ${a}.id`, `title: ${a}.title`, `publishedAt: ${a}.publishedAt`, 'brief: true'];
  return `{${sentence.join(', ')}, article: {${article.join(', ')}}}`;
};

/**
 * The properties a request needs, per GraphQL type (`Event`, `Place`, `Evidence`, `Article`…):
 * reads given one project only those. Built from the whole operation (see src/api/selection.ts),
 * so loaders primed with projected maps hold every field any part of the request reads.
 */
export type Projection = ReadonlyMap<string, ReadonlySet<string>>;

const typenameOf = (n: string): string =>
  `CASE WHEN ${n}:Event THEN 'Event' WHEN ${n}:Person THEN 'Person' WHEN ${n}:Place THEN 'Place' WHEN ${n}:Organization THEN 'Organization' WHEN ${n}:Source THEN 'Source' WHEN ${n}:Article THEN 'Article' ELSE 'Sentence' END`;

/**
 * A node as a map, with `__typename` so GraphQL can resolve unions. Without `fields`, every
 * property but the heavy bookkeeping lists; with them, `id` and the fields selected on `type`
 * (on any type when the node's type is not known in advance, as on a path). Give `type` only
 * where the node is sure to carry that label: it becomes `__typename` as it is.
 */
export const nodeMap = (n: string, fields?: Projection, type?: string): string => {
  const typename = type ? `'${type}'` : typenameOf(n);
  if (!fields) return `${n}{.*, nameKeys: null, sourceIds: null, aliasText: null, __typename: ${typename}}`;
  const selected = type ? [...(fields.get(type) ?? [])] : [...fields.values()].flatMap((names) => [...names]);
  const names = [...new Set(selected)].filter((f) => f !== 'id' && /^[A-Za-z][_0-9A-Za-z]*$/.test(f)); // not `__typename`: set below
  return `${n}{.id, ${names.map((f) => `.\`${f}\`, `).join('')}__typename: ${typename}}`;
};

export interface EventFilter {
  types?: string[] | null;
  status?: string[] | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  participant?: string | null;
  text?: string | null;
  /** Only events that produced another (true) or that produced nothing (false). */
  produced?: boolean | null;
}

// Events sort on `listDate`, their date or, undated, the day they were first reported (the writer
// stores it; the resolver places undated events there too): a bare `e.date DESC` would list every
// undated event, however old, before the newest dated one. Stored, not computed, so that an index
// gives the events in order and a page reads only its own events.
const eventOrders = {
  DATE_DESC: 'e.listDate DESC, e.id',
  DATE_ASC: 'e.listDate ASC, e.id',
  REPORTS_DESC: 'e.articleCount DESC, e.listDate DESC, e.id',
} as const;
export type EventOrder = keyof typeof eventOrders;

/**
 * The ORDER BY of an event list. Filtered to one type, the list leads with that type (a constant
 * then, so the order is the same): Neo4j then reads the (type, listDate) index in order and stops
 * when the page is full, instead of sorting every event of the type (751 talks at 100k articles).
 */
function eventOrder(order: EventOrder, filter: EventFilter): string {
  if (indexOrderOf(order, filter) !== 'type') return eventOrders[order];
  return `e.type ${order === 'DATE_ASC' ? 'ASC' : 'DESC'}, ${eventOrders[order]}`;
}

/** The index a date-ordered list can be read from: (type, listDate) for one type, (listDate) for all. */
function indexOrderOf(order: EventOrder, filter: EventFilter): 'type' | 'all' | undefined {
  if (order === 'REPORTS_DESC') return undefined;
  if (!filter.types?.length) return 'all';
  return filter.types.length === 1 ? 'type' : undefined;
}

/**
 * The WHERE clause of an event list: the filter's, and when the list can be read in index order
 * the sort key named too (always true: the writer gives every event a listDate), without which
 * the planner will not read the index. `countWhere` is the filter's alone: for the list's total,
 * which, unfiltered, Neo4j then reads from its counts.
 */
function eventListWhere(filter: EventFilter, order: EventOrder): { where: string; countWhere: string; params: Row } {
  const { where, params } = eventWhere(filter);
  if (!indexOrderOf(order, filter)) return { where, countWhere: where, params };
  return { where: where ? `${where} AND e.listDate IS NOT NULL` : 'WHERE e.listDate IS NOT NULL', countWhere: where, params };
}

/** The WHERE clause for an event filter (event variable `e`); every value is a parameter. */
export function eventWhere(filter: EventFilter): { where: string; params: Row } {
  const parts: string[] = [];
  const params: Row = {};
  if (filter.types?.length === 1) {
    // An equality, not `IN` a list of one: the planner can then seek one type's index entries.
    parts.push('e.type = $type');
    params.type = filter.types[0];
  } else if (filter.types?.length) {
    parts.push('e.type IN $types');
    params.types = filter.types;
  }
  if (filter.status?.length) {
    parts.push('e.status IN $status');
    params.status = filter.status;
  }
  // Compare at the event's own precision: "2026-02" is within from 2026-02-10? It overlaps, so keep it.
  if (filter.from) {
    parts.push('e.date IS NOT NULL AND e.date >= left($from, size(e.date))');
    params.from = filter.from;
  }
  if (filter.to) {
    parts.push('e.date IS NOT NULL AND left(e.date, size($to)) <= $to');
    params.to = filter.to;
  }
  if (filter.place) {
    // A place node by id or name (and what lies inside it), or a country by name or code even when
    // no article named the country itself: "Switzerland" finds events in Geneva.
    parts.push(`EXISTS {
      MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
      WHERE p.countryCode = $placeCountry
         OR EXISTS {
           MATCH (target:Place) WHERE target.id = $place OR toLower(target.name) = toLower($place)
           WITH target WHERE p = target OR EXISTS { (p)-[:PART_OF*1..4]->(target) }
              OR (target.kind = 'country' AND p.countryCode = target.countryCode)
         }
    }`);
    params.place = filter.place;
    params.placeCountry = countryCodeOf(filter.place);
  }
  if (filter.participant) {
    const named = 'x.id = $participant OR toLower(x.name) = toLower($participant) OR toLower($participant) IN [a IN coalesce(x.aliases, []) | toLower(a)]';
    parts.push(
      `EXISTS { MATCH (e)-[:INVOLVED|TOOK_PLACE_IN]->(x) WHERE ${named} } OR EXISTS { MATCH (e)<-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(x) WHERE ${named} }`,
    );
    params.participant = filter.participant;
  }
  if (filter.text) {
    parts.push('toLower(e.label) CONTAINS toLower($text)');
    params.text = filter.text;
  }
  // PRODUCED only ever links events: without a label to check, the test reads the node's degree
  // instead of walking each relationship (1,425 db hits for 99 talks at 10k articles).
  if (filter.produced != null) parts.push(`${filter.produced ? '' : 'NOT '}EXISTS { (e)-[:PRODUCED]->() }`);
  return { where: whereOf(parts), params };
}

/**
 * One page of a list and its total, in one round trip. `match` binds variable `v`, `where`
 * filters it (the same filter for both, so the total is that of the filtered list). `attach`,
 * a `CALL (v) { … RETURN … AS attached }` subquery, adds per-row neighbours to the same read:
 * they come back as `attached`, in row order.
 */
async function findPage(
  graph: Graph,
  query: { match: string; v: string; type: string; where: string; countWhere?: string; order: string; params: Row; attach?: string; fields?: Projection },
  page: { first: number; offset: number },
): Promise<{ total: number; rows: Row[]; attached?: Row[][] }> {
  const { match, v, type, where, order, params, attach, fields } = query;
  const [row] = await graph.read(
    `CALL { ${match} ${query.countWhere ?? where} RETURN count(${v}) AS total }
     CALL { ${match} ${where} WITH ${v} ORDER BY ${order} SKIP $offset LIMIT $first
            ${attach ?? ''}
            RETURN collect(${nodeMap(v, fields, type)}) AS rows${attach ? ', collect(attached) AS attached' : ''} }
     RETURN total, rows${attach ? ', attached' : ''}`,
    { ...params, first: page.first, offset: page.offset },
  );
  return {
    total: Number(row?.total ?? 0),
    rows: (row?.rows as Row[]) ?? [],
    ...(attach ? { attached: (row?.attached as Row[][]) ?? [] } : {}),
  };
}

const whereOf = (parts: string[]): string => (parts.length ? `WHERE ${parts.map((p) => `(${p})`).join(' AND ')}` : '');

/** Each event's places, best first, shaped like the `eventPlaces` look-up (for priming it). */
const attachPlaces = (fields?: Projection) => `CALL (e) {
  OPTIONAL MATCH (e)-[r:TOOK_PLACE_IN]->(p:Place)
  WITH e, p, r ORDER BY r.confidence DESC, p.name
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {key: e.id, node: ${nodeMap('p', fields, 'Place')}} END) AS attached
}`;

/**
 * Events matching a filter, one page, with the total (one round trip). With `places`, each
 * event's places come in the same read (`attached`, rows of the `eventPlaces` shape). With
 * `fields`, nodes carry only those (see `Projection`).
 */
export async function findEvents(
  graph: Graph,
  filter: EventFilter,
  page: { first: number; offset: number; order: EventOrder },
  include: { places?: boolean; fields?: Projection } = {},
): Promise<{ total: number; rows: Row[]; attached?: Row[][] }> {
  const { where, countWhere, params } = eventListWhere(filter, page.order);
  const { fields } = include;
  return findPage(graph, { match: 'MATCH (e:Event)', v: 'e', type: 'Event', where, countWhere, order: eventOrder(page.order, filter), params, fields, ...(include.places ? { attach: attachPlaces(fields) } : {}) }, page);
}

const entityLabels = { Person: 'Person', Place: 'Place', Organization: 'Organization', Source: 'Source' } as const;
export type EntityLabelName = keyof typeof entityLabels;

export interface EntityFilter {
  text?: string | null;
  kind?: string | null;
  countryCode?: string | null;
}

const entityOrders = { MENTIONS_DESC: 'n.articleCount DESC, n.name', NAME_ASC: 'n.name, n.id' } as const;
export type EntityOrder = keyof typeof entityOrders;

export async function findEntities(
  graph: Graph,
  label: EntityLabelName,
  filter: EntityFilter,
  page: { first: number; offset: number; order: EntityOrder },
  fields?: Projection,
): Promise<{ total: number; rows: Row[] }> {
  const parts: string[] = [];
  const params: Row = {};
  if (filter.text) {
    parts.push('toLower(n.name) CONTAINS toLower($text) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text))');
    params.text = filter.text;
  }
  if (filter.kind) {
    parts.push(label === 'Source' ? 'n.sourceKind = $kind' : 'n.kind = $kind');
    params.kind = filter.kind;
  }
  if (filter.countryCode) {
    parts.push('n.countryCode = $countryCode');
    params.countryCode = filter.countryCode.toUpperCase();
  }
  return findPage(graph, { match: `MATCH (n:${entityLabels[label]})`, v: 'n', type: label, where: whereOf(parts), order: entityOrders[page.order], params, fields }, page);
}

export interface ArticleFilter {
  text?: string | null;
  from?: string | null;
  to?: string | null;
  source?: string | null;
}

export async function findArticles(
  graph: Graph,
  filter: ArticleFilter,
  page: { first: number; offset: number },
  fields?: Projection,
): Promise<{ total: number; rows: Row[] }> {
  const parts: string[] = [];
  const params: Row = {};
  if (filter.text) {
    parts.push('toLower(a.title) CONTAINS toLower($text) OR toLower(a.snippet) CONTAINS toLower($text)');
    params.text = filter.text;
  }
  if (filter.from) {
    parts.push('a.publishedAt >= $from');
    params.from = filter.from;
  }
  if (filter.to) {
    parts.push('left(a.publishedAt, size($to)) <= $to');
    params.to = filter.to;
  }
  if (filter.source) {
    parts.push('EXISTS { MATCH (a)-[:CITES]->(s:Source) WHERE s.id = $source OR toLower(s.name) = toLower($source) }');
    params.source = filter.source;
  }
  return findPage(graph, { match: 'MATCH (a:Article)', v: 'a', type: 'Article', where: whereOf(parts), order: 'a.publishedAt DESC, a.id', params, fields }, page);
}

/** Any nodes by id (entities, events, articles), in one round trip. */
export async function nodesByIds(graph: Graph, ids: readonly string[]): Promise<Row[]> {
  return graph.read(
    `UNWIND $ids AS id
     ${matchById('n', 'id', 'id')}
     RETURN id AS key, ${nodeMap('n')} AS node`,
    { ids },
  );
}

/** Sentences by id, each with its article: what every `evidence` field is made of. */
export async function sentencesByIds(graph: Graph, ids: readonly string[]): Promise<Row[]> {
  return graph.read(
    `UNWIND $ids AS id
     MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence {id: id})
     RETURN id AS key, ${evidenceMap('s', 'a')} AS evidence`,
    { ids },
  );
}

/**
 * The first `limit` evidence sentences of an event, rows of `s` (Sentence) and `a` (Article),
 * earliest article first, then in text order. Only the `limit` earliest reports are opened: each
 * holds at least one sentence, so the rest cannot make the cut, and an event reported by a
 * thousand articles costs a sort of its reports, not a thousand sentence look-ups.
 */
function earliestEvidence(event: string, limit: string): string {
  return `MATCH ${event}<-[r:REPORTS]-(a:Article) WHERE size(r.evidence) > 0
    WITH r, a ORDER BY a.publishedAt, a.id LIMIT ${limit}
    UNWIND r.evidence AS sid
    // By the sentence's id alone: a report's evidence is its own article's sentences (ids
    // "<article>:s<i>"), so checking HAS_SENTENCE too cost a quarter of the headline's db hits.
    MATCH (s:Sentence {id: sid})
    WITH s, a ORDER BY a.publishedAt, a.id, s.index LIMIT ${limit}
    RETURN s, a`;
}

/**
 * Batched relationship look-ups: `UNWIND $ids AS key` then one pattern. Each returns rows
 * with `key` (the id asked for); the API groups them per key.
 */
export const relationshipReads = {
  eventPlaces: `UNWIND $ids AS key MATCH (:Event {id: key})-[r:TOOK_PLACE_IN]->(p:Place)
    RETURN key, ${nodeMap('p')} AS node ORDER BY r.confidence DESC, p.name`,
  eventParticipants: `UNWIND $ids AS key MATCH (:Event {id: key})-[r:INVOLVED]->(x)
    RETURN key, r.role AS role, ${nodeMap('x')} AS actor, r.evidence AS evidence, r.confidence AS confidence ORDER BY r.role, x.name`,
  eventProduced: `UNWIND $ids AS key MATCH (:Event {id: key})-[r:PRODUCED]->(x:Event)
    RETURN key, ${nodeMap('x')} AS event, r.evidence AS evidence, r.confidence AS confidence ORDER BY x.date, x.id`,
  eventProducedBy: `UNWIND $ids AS key MATCH (:Event {id: key})<-[r:PRODUCED]-(x:Event)
    RETURN key, ${nodeMap('x')} AS event, r.evidence AS evidence, r.confidence AS confidence ORDER BY x.date, x.id`,
  eventClaims: `UNWIND $ids AS key MATCH (e:Event {id: key})<-[r:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(x)
    RETURN key, type(r) AS kind, ${nodeMap('x')} AS by, ${nodeMap('e')} AS event, r.channel AS channel, r.evidence AS evidence, r.confidence AS confidence
    ORDER BY r.firstSeen, x.name`,
  actorClaims: `UNWIND $ids AS key ${matchById('x', 'key', 'key')} MATCH (x)-[r:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]->(e:Event)
    RETURN key, type(r) AS kind, ${nodeMap('x')} AS by, ${nodeMap('e')} AS event, r.channel AS channel, r.evidence AS evidence, r.confidence AS confidence
    ORDER BY ${eventOrders.DATE_DESC}`,
  // An event's reports and evidence, the earliest first, at most $limit per event: an event many
  // articles report (a thousand at 100k bench articles) would otherwise cost a thousand rows.
  eventReports: `UNWIND $ids AS key
    CALL (key) {
      MATCH (:Event {id: key})<-[r:REPORTS]-(a:Article)
      WITH r, a ORDER BY a.publishedAt, a.id LIMIT $limit
      RETURN r, a
    }
    RETURN key, ${nodeMap('a')} AS article, r.status AS status, r.date AS date, r.perSide AS perSide, r.total AS total, r.evidence AS evidence
    ORDER BY a.publishedAt, a.id`,
  eventEvidence: `UNWIND $ids AS key
    CALL (key) { ${earliestEvidence('(:Event {id: key})', '$limit')} }
    RETURN key, ${evidenceMap('s', 'a')} AS evidence
    ORDER BY a.publishedAt, a.id, s.index`,
  personRoles: `UNWIND $ids AS key MATCH (:Person {id: key})-[r:HOLDS_ROLE]->(x)
    RETURN key, r.title AS title, ${nodeMap('x')} AS of, r.evidence AS evidence, r.confidence AS confidence ORDER BY r.lastSeen DESC`,
  placePartOf: `UNWIND $ids AS key MATCH (:Place {id: key})-[:PART_OF]->(p:Place) RETURN key, ${nodeMap('p')} AS node`,
  sourceArticles: `UNWIND $ids AS key MATCH (:Source {id: key})<-[:CITES]-(a:Article)
    RETURN key, ${nodeMap('a')} AS node ORDER BY a.publishedAt DESC`,
  articleSources: `UNWIND $ids AS key MATCH (:Article {id: key})-[:CITES]->(s:Source) RETURN key, ${nodeMap('s')} AS node ORDER BY s.name`,
  articleEvents: `UNWIND $ids AS key MATCH (:Article {id: key})-[:REPORTS]->(e:Event) RETURN key, ${nodeMap('e')} AS node ORDER BY e.date, e.id`,
  articleSentences: `UNWIND $ids AS key MATCH (a:Article {id: key})-[:HAS_SENTENCE]->(s:Sentence)
    RETURN key, ${evidenceMap('s', 'a')} AS evidence ORDER BY s.index`,
  entityEvents: `UNWIND $ids AS key ${matchById('x', 'key', 'key')} MATCH (x)<-[:INVOLVED|TOOK_PLACE_IN]-(e:Event)
    WITH DISTINCT key, e ORDER BY ${eventOrders.DATE_DESC} RETURN key, ${nodeMap('e')} AS node`,
  entityMentions: `UNWIND $ids AS key ${matchById('x', 'key', 'key')} MATCH (x)<-[:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
    WITH key, s, a ORDER BY a.publishedAt DESC, s.index
    WITH key, collect(${evidenceMap('s', 'a')})[..$limit] AS found
    UNWIND found AS evidence RETURN key, evidence`,
} as const;

export type RelationshipRead = keyof typeof relationshipReads;

/** One relationship read for many keys; `limit` bounds the lists that grow with the graph (the API's largest page is 100). */
export async function readRelationship(graph: Graph, read: RelationshipRead, ids: readonly string[], limit = 100): Promise<Row[]> {
  return graph.read(relationshipReads[read], { ids, limit });
}

/**
 * Events involving all the given actors (a dyad or more), in date order. Starts from the first
 * actor's index entry and walks to its events, then checks the others: never a scan of all events.
 */
export async function timeline(
  graph: Graph,
  args: { between: string[]; types?: string[] | null; from?: string | null; to?: string | null; first: number },
  fields?: Projection,
): Promise<Row[]> {
  const { where, params } = eventWhere({ types: args.types, from: args.from, to: args.to });
  const [first, ...others] = args.between;
  return graph.read(
    `WITH $firstActor AS firstActor
     ${matchById('x', 'firstActor', 'firstActor')}
     CALL (x) {
       MATCH (x)<-[:INVOLVED|TOOK_PLACE_IN]-(e:Event) RETURN e
       UNION MATCH (x)-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]->(e:Event) RETURN e
     }
     WITH DISTINCT e ${where ? `${where} AND` : 'WHERE'}
       all(id IN $others WHERE EXISTS { MATCH (e)-[:INVOLVED|TOOK_PLACE_IN]->(y) WHERE y.id = id }
                            OR EXISTS { MATCH (e)<-[:ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED]-(y) WHERE y.id = id })
     RETURN ${nodeMap('e', fields, 'Event')} AS node ORDER BY e.date, e.id LIMIT $first`,
    { ...params, firstActor: first, others, first: args.first },
  );
}

/**
 * Shortest path between two nodes over the semantic relationships, each hop with at most
 * `evidenceFirst` of its sentences, earliest first (a link merged across many articles can hold thousands).
 */
export async function shortestPath(graph: Graph, from: string, to: string, maxHops: number, evidenceFirst: number, fields?: Projection): Promise<Row | undefined> {
  const [row] = await graph.read(
    `WITH $from AS fromId, $to AS toId
     ${matchById('a', 'fromId', 'fromId, toId')}
     ${matchById('b', 'toId', 'a, toId')}
     WITH a, b WHERE NOT a:Sentence AND NOT b:Sentence
     MATCH p = shortestPath((a)-[:PRODUCED|INVOLVED|TOOK_PLACE_IN|HOLDS_ROLE|PART_OF|ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED|CITES|REPORTS*..${Math.max(1, Math.min(8, Math.trunc(maxHops)))}]-(b))
     UNWIND relationships(p) AS r
     WITH r, startNode(r) AS x, endNode(r) AS y
     // Each hop's evidence sentences come with the path: no second round trip.
     WITH r, x, y, COLLECT {
       UNWIND coalesce(r.evidence, [])[..$evidenceFirst] AS sid
       MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
       RETURN ${evidenceMap('s', 'a', fields)}
     } AS evidence
     RETURN collect({type: type(r), from: ${nodeMap('x', fields)}, to: ${nodeMap('y', fields)}, evidence: evidence}) AS hops`,
    { from, to, evidenceFirst },
  );
  return row;
}

/** Full-text search over names, aliases and event labels. */
export async function search(graph: Graph, text: string, first: number, fields?: Projection): Promise<Row[]> {
  return graph.read(
    `CALL db.index.fulltext.queryNodes('names', $query) YIELD node, score
     RETURN score, ${nodeMap('node', fields)} AS node ORDER BY score DESC LIMIT $first`,
    { query: luceneQuery(text), first },
  );
}

/** Escape Lucene syntax so user text is searched as words, each allowing a little fuzziness. */
export function luceneQuery(text: string): string {
  const words = text
    .replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase()) // AND/OR/NOT are operators only in upper case
    .slice(0, 12);
  if (words.length === 0) return '""';
  return words.map((w) => (w.length > 3 ? `${w}~1` : w)).join(' AND ');
}

export async function stats(graph: Graph): Promise<Row> {
  const [row] = await graph.read(
    `CALL { MATCH (n:Article) RETURN count(n) AS articles }
     CALL { MATCH (n:Sentence) RETURN count(n) AS sentences }
     CALL { MATCH (n:Person) RETURN count(n) AS people }
     CALL { MATCH (n:Place) RETURN count(n) AS places }
     CALL { MATCH (n:Organization) RETURN count(n) AS organizations }
     CALL { MATCH (n:Source) RETURN count(n) AS sources }
     CALL { MATCH (n:Event) RETURN count(n) AS events }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL { MATCH (e:Event) WITH e.type AS type, count(*) AS count ORDER BY count DESC RETURN collect({type: type, count: count}) AS eventsByType }
     RETURN articles, sentences, people, places, organizations, sources, events, relationships, eventsByType`,
  );
  return row ?? {};
}

/**
 * A page of events and the neighbourhood the headline question asks for, in one round trip
 * (at most `limits.produced` produced events per event, `limits.evidence` sentences per produced event):
 * each event's places and PRODUCED links, and the produced events' places and evidence, shaped
 * like the batched look-ups above (`key` + payload) so the API primes its loaders with them.
 * The links' own sentence ids and confidence come only with `limits.links` (`producedLinks` asks).
 */
export interface EventNeighbourhood {
  /** The event of the page. */
  node: Row;
  places: Row[];
  produced: Row[];
  producedIds: string[];
  producedPlaces: Row[];
  producedEvidence: Row[];
}

export async function findEventsWithNeighbourhood(
  graph: Graph,
  filter: EventFilter,
  page: { first: number; order: EventOrder },
  limits: { produced: number; evidence: number; links?: boolean } = { produced: 100, evidence: 100, links: true },
  fields?: Projection,
): Promise<EventNeighbourhood[]> {
  const { where, params } = eventListWhere(filter, page.order);
  // One row per produced event (its places and evidence); the event of the page, its places and
  // its links come on its first row only. Not one row per event: the driver decodes a record
  // larger than a Bolt chunk (64 kB) through a slow path, about 4 ms per headline request at 10k
  // articles (profiled), and a talks event with 50 produced events and their evidence is larger.
  const rows = await graph.read(
    `MATCH (e:Event) ${where} WITH e ORDER BY ${eventOrder(page.order, filter)} LIMIT $first
     WITH e, e.id AS key
     CALL (e, key) {
       OPTIONAL MATCH (e)-[r:TOOK_PLACE_IN]->(p:Place)
       WITH key, p, r ORDER BY r.confidence DESC, p.name
       RETURN collect(CASE WHEN p IS NULL THEN null ELSE {key: key, node: ${nodeMap('p', fields, 'Place')}} END) AS places
     }
     CALL (e, key) {
       OPTIONAL MATCH (e)-[r:PRODUCED]->(x:Event)
       WITH key, x, r ORDER BY x.date, x.id LIMIT $producedFirst
       RETURN collect(CASE WHEN x IS NULL THEN null ELSE {event: ${nodeMap('x', fields, 'Event')}${limits.links ? ', evidence: r.evidence, confidence: r.confidence' : ''}} END) AS produced,
              collect(x) AS producedNodes
     }
     UNWIND range(0, CASE WHEN size(producedNodes) = 0 THEN 0 ELSE size(producedNodes) - 1 END) AS i
     WITH e, key, places, produced, i, producedNodes[i] AS x
     CALL (x) {
       OPTIONAL MATCH (x)-[r:TOOK_PLACE_IN]->(p:Place)
       WITH x, p, r ORDER BY r.confidence DESC, p.name
       RETURN collect(${nodeMap('p', fields, 'Place')}) AS xPlaces
     }
     CALL (x) {
       CALL (x) { ${earliestEvidence('(x)', '$evidenceFirst')} }
       RETURN collect(${evidenceMap('s', 'a', fields)}) AS xEvidence
     }
     RETURN CASE WHEN i = 0 THEN ${nodeMap('e', fields, 'Event')} END AS node,
            CASE WHEN i = 0 THEN places END AS places, CASE WHEN i = 0 THEN produced END AS produced,
            x.id AS producedId, xPlaces, xEvidence
     ORDER BY ${eventOrder(page.order, filter)}, i`,
    { ...params, first: page.first, producedFirst: limits.produced, evidenceFirst: limits.evidence },
  );
  const events: EventNeighbourhood[] = [];
  for (const row of rows) {
    if (row.node) {
      const node = row.node as Row;
      // The links are keyed by their event here rather than in Cypher: one id less per link to send.
      const produced = (row.produced as Row[]).map((link) => ({ key: node.id, ...link }));
      events.push({ node, places: row.places as Row[], produced, producedIds: [], producedPlaces: [], producedEvidence: [] });
    }
    const current = events.at(-1);
    if (!current || row.producedId == null) continue;
    current.producedIds.push(row.producedId as string);
    // The row's produced event is the key of its places and evidence (sent once, not per item).
    const key = row.producedId as string;
    for (const node of row.xPlaces as Row[]) current.producedPlaces.push({ key, node });
    for (const evidence of row.xEvidence as Row[]) current.producedEvidence.push({ key, evidence });
  }
  return events;
}
