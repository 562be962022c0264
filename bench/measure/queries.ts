/**
 * Measure 4: query latency. Each GraphQL query the API serves (through yoga, in-process: parse,
 * validate, resolvers, DataLoaders, Cypher, JSON) against one hand-written Cypher query that
 * returns the same data, timed alternately on the same graph. The ratio is the price of the API
 * layer and of its generic Cypher over the query a person would write for that one question.
 */
import { headlineQuery } from '../../src/api/examples.js';
import { createApi } from '../../src/api/server.js';
import type { Graph, Row } from '../../src/graph/db.js';
import { percentile } from '../stats.js';

export interface QueryCase {
  name: string;
  graphql: string;
  variables: Row;
  cypher: string;
  params: Row;
}

export interface LatencyResult {
  p50Ms: number;
  p95Ms: number;
  cypherP50Ms: number;
  cypherP95Ms: number;
  /** API p50 / hand-written Cypher p50 (1 = no overhead). */
  ratioToCypher: number;
  /** Rows or items the API returned (a query returning nothing would time nothing). */
  items: number;
}

type Api = ReturnType<typeof createApi>;

/** Run one GraphQL request in-process; throws on GraphQL errors. */
export async function runGraphql(api: Api, query: string, variables: Row = {}): Promise<Row> {
  const response = await api.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Row; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data ?? {};
}

/** Items in a GraphQL answer: list lengths at the top level (nodes of connections, hops of paths). */
function countItems(data: Row): number {
  let n = 0;
  for (const value of Object.values(data)) {
    if (Array.isArray(value)) n += value.length;
    else if (value && typeof value === 'object') {
      const v = value as Row;
      n += Array.isArray(v.nodes) ? v.nodes.length : Array.isArray(v.hops) ? v.hops.length : 1;
    }
  }
  return n;
}

const ACTOR_LABELS = ['Person', 'Place', 'Organization'] as const;
/** A node by id through each label's unique index (what a person writes knowing the id, not the label). */
const byIdUnion = (variable: string, param: string, labels: readonly string[]) =>
  `CALL { ${labels.map((l) => `MATCH (${variable}:${l} {id: $${param}}) RETURN ${variable}`).join(' UNION ')} }`;
const CLAIMS = 'ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|DENIED';
const PATH_TYPES = `PRODUCED|INVOLVED|TOOK_PLACE_IN|HOLDS_ROLE|PART_OF|${CLAIMS}|CITES|REPORTS`;

/** The headline question: talks, their place, what they produced (the API's default 50), with evidence (its default 20). */
const headlineCypher = `
MATCH (t:Event) WHERE t.type = 'TALKS'
WITH t ORDER BY t.type DESC, t.listDate DESC, t.id LIMIT 50
CALL (t) { OPTIONAL MATCH (t)-[r:TOOK_PLACE_IN]->(p:Place) WITH p, r ORDER BY r.confidence DESC, p.name LIMIT 1 RETURN p {.name, .countryCode} AS place }
CALL (t) {
  OPTIONAL MATCH (t)-[:PRODUCED]->(x:Event)
  WITH x ORDER BY x.date, x.id LIMIT 50
  CALL (x) { OPTIONAL MATCH (x)-[r:TOOK_PLACE_IN]->(p:Place) WITH p, r ORDER BY r.confidence DESC, p.name LIMIT 1 RETURN p {.name} AS xplace }
  CALL (x) {
    OPTIONAL MATCH (x)<-[r:REPORTS]-(a:Article) WHERE size(r.evidence) > 0
    WITH r, a ORDER BY a.publishedAt, a.id LIMIT 20
    UNWIND r.evidence AS sid
    MATCH (s:Sentence {id: sid})
    WITH s, a ORDER BY a.publishedAt, a.id, s.index LIMIT 20
    RETURN collect({text: s.text, article: {title: a.title, publishedAt: a.publishedAt}}) AS evidence
  }
  RETURN collect(x {.id, .type, .label, .date, .status, .perSide, .total, place: xplace, evidence: evidence}) AS produced
}
RETURN t {.id, .label, .date, .status, place: place, produced: produced} AS talk`;

const eventListGraphql = `query ($types: [EventType!], $from: String, $after: String) {
  events(filter: { types: $types, from: $from }, first: 20, after: $after, orderBy: DATE_DESC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id type label date status place { name } }
  }
}`;
const eventListCypher = `
CALL { MATCH (e:Event) WHERE e.type IN $types AND e.date IS NOT NULL AND e.date >= left($from, size(e.date)) RETURN count(e) AS total }
MATCH (e:Event) WHERE e.type IN $types AND e.date IS NOT NULL AND e.date >= left($from, size(e.date))
WITH total, e ORDER BY e.listDate DESC, e.id SKIP 20 LIMIT 20
CALL (e) { OPTIONAL MATCH (e)-[r:TOOK_PLACE_IN]->(p:Place) WITH p, r ORDER BY r.confidence DESC, p.name LIMIT 1 RETURN p.name AS place }
RETURN total, e {.id, .type, .label, .date, .status, place: place} AS event`;

const timelineGraphql = `query ($between: [ID!]!) { timeline(between: $between) { id type label date status } }`;
const timelineCypher = `
${byIdUnion('x', 'a', ACTOR_LABELS)}
MATCH (x)-[:INVOLVED|TOOK_PLACE_IN|${CLAIMS}]-(e:Event)
WITH DISTINCT e
WHERE EXISTS { MATCH (e)-[:INVOLVED|TOOK_PLACE_IN]->(y) WHERE y.id = $b } OR EXISTS { MATCH (e)<-[:${CLAIMS}]-(y) WHERE y.id = $b }
RETURN e {.id, .type, .label, .date, .status} AS event ORDER BY e.date, e.id LIMIT 50`;

const pathGraphql = `query ($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    hops {
      type
      from { ... on Person { name } ... on Place { name } ... on Organization { name } ... on Event { label } ... on Article { title } ... on Source { name } }
      to { ... on Person { name } ... on Place { name } ... on Organization { name } ... on Event { label } ... on Article { title } ... on Source { name } }
      evidence { text }
    }
  }
}`;
/** The path, each hop with its first 20 sentences (the API's default page of evidence). */
const pathCypher = `
${byIdUnion('a', 'from', [...ACTOR_LABELS, 'Event', 'Source'])}
${byIdUnion('b', 'to', [...ACTOR_LABELS, 'Event', 'Source'])}
MATCH p = shortestPath((a)-[:${PATH_TYPES}*..4]-(b))
UNWIND relationships(p) AS r
OPTIONAL MATCH (s:Sentence) WHERE s.id IN coalesce(r.evidence, [])[..20]
WITH r, collect(s.text) AS evidence
RETURN collect({type: type(r), from: coalesce(startNode(r).name, startNode(r).title), to: coalesce(endNode(r).name, endNode(r).title), evidence: evidence}) AS hops`;

/**
 * The arguments the cases need, picked from the graph: the most common event types, the pair of
 * actors sharing the most events (timeline), and a person two events away from one of them (path).
 */
export async function prepareQueryCases(graph: Graph): Promise<QueryCase[]> {
  const types = (await graph.read('MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.type AS type, count(*) AS n ORDER BY n DESC LIMIT 3')).map((r) => r.type as string);
  const [dates] = await graph.read('MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(e.date) AS first');
  const [pair] = await graph.read(
    `MATCH (a)<-[:INVOLVED]-(e:Event)-[:INVOLVED|TOOK_PLACE_IN]->(b)
     WHERE a.id < b.id AND (a:Person OR a:Organization OR a:Place) AND (b:Person OR b:Organization OR b:Place)
     RETURN a.id AS a, b.id AS b, count(DISTINCT e) AS n ORDER BY n DESC LIMIT 1`,
  );
  if (!pair) throw new Error('the graph has no two actors sharing an event: ingest more articles before measuring queries');
  const [far] = await graph.read(
    `MATCH (x {id: $a})<-[:INVOLVED]-(:Event)-[:TOOK_PLACE_IN|INVOLVED]->(m)<-[:TOOK_PLACE_IN|INVOLVED]-(:Event)-[:INVOLVED]->(y:Person)
     WHERE y <> x AND y.id <> $b RETURN y.id AS id LIMIT 1`,
    { a: pair.a, b: pair.b },
  );
  const from = String(dates?.first ?? '2000').slice(0, 4);
  const pathTo = (far?.id as string | undefined) ?? (pair.b as string);
  return [
    { name: 'headline', graphql: headlineQuery, variables: {}, cypher: headlineCypher, params: {} },
    {
      name: 'eventList',
      graphql: eventListGraphql,
      // Page 2: the cursor of item 19 (the API's cursors are offsets).
      variables: { types, from, after: Buffer.from('offset:19').toString('base64url') },
      cypher: eventListCypher,
      params: { types, from },
    },
    { name: 'timeline', graphql: timelineGraphql, variables: { between: [pair.a, pair.b] }, cypher: timelineCypher, params: { a: pair.a, b: pair.b } },
    { name: 'path', graphql: pathGraphql, variables: { from: pair.a, to: pathTo }, cypher: pathCypher, params: { from: pair.a, to: pathTo } },
  ];
}

/** p50/p95 of each case, API and Cypher alternating, after warm-up requests. */
export async function measureQueries(
  graph: Graph,
  cases: readonly QueryCase[],
  options: { iterations: number; warmup: number },
): Promise<Record<string, LatencyResult>> {
  const api = createApi(graph);
  const results: Record<string, LatencyResult> = {};
  for (const c of cases) {
    let items = 0;
    for (let i = 0; i < options.warmup; i++) {
      items = countItems(await runGraphql(api, c.graphql, c.variables));
      await graph.read(c.cypher, c.params);
    }
    const apiMs: number[] = [];
    const cypherMs: number[] = [];
    for (let i = 0; i < options.iterations; i++) {
      let started = performance.now();
      await runGraphql(api, c.graphql, c.variables);
      apiMs.push(performance.now() - started);
      started = performance.now();
      await graph.read(c.cypher, c.params);
      cypherMs.push(performance.now() - started);
    }
    const p50Ms = percentile(apiMs, 50);
    const cypherP50Ms = percentile(cypherMs, 50);
    results[c.name] = {
      p50Ms,
      p95Ms: percentile(apiMs, 95),
      cypherP50Ms,
      cypherP95Ms: percentile(cypherMs, 95),
      ratioToCypher: p50Ms / cypherP50Ms,
      items,
    };
  }
  return results;
}

/**
 * The headline question on one fixed-size page: the 5 most recent talks that produced something,
 * 5 produced events each, 3 sentences each. Unlike the default headline (50 × 50 × 20), whose
 * answer grows until its bounds are filled, this page is about the same size on every graph of
 * 1,000 bench articles or more, so its latency shows what the size of the graph alone costs.
 * (Session 5 added the filter: without it, the 5 most recent talks of the 1k graph produced
 * nothing and the page was nearly empty.)
 */
export const headlinePageQuery = `{
  talks(first: 5, filter: {produced: true}) {
    id label date status
    place { name countryCode }
    produced(first: 5) {
      id type label date status perSide total
      place { name }
      evidence(first: 3) { text article { title publishedAt } }
    }
  }
}`;

/**
 * One GraphQL query's p50 alone (for the growth table), and the size of its answer: the
 * headline's lists are bounded, but a small graph does not fill them, so its answer grows with
 * the graph up to the bounds.
 */
export async function apiP50(graph: Graph, query: string, options: { iterations: number; warmup: number }): Promise<{ p50Ms: number; answerKb: number }> {
  const api = createApi(graph);
  let answer: Row = {};
  for (let i = 0; i < options.warmup; i++) answer = await runGraphql(api, query);
  const times: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await runGraphql(api, query);
    times.push(performance.now() - started);
  }
  return { p50Ms: percentile(times, 50), answerKb: JSON.stringify(answer).length / 1024 };
}
