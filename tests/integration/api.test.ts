/**
 * The GraphQL API over HTTP against the real Neo4j: the headline query, pagination,
 * filters, search, mutations, limits and hostile inputs, and the number of Cypher round trips.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { serve } from '../../src/api/server.js';
import { exampleQueries, headlineQuery } from '../../src/api/examples.js';
import { readInputs } from '../../src/ingest/read/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { cleanDatabase, testConnection, withDriver } from '../helpers/neo4j.js';

let graph: Graph;
let server: Server;
let url: string;

interface GraphQLResponse {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function gql(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

beforeAll(async () => {
  await withDriver(cleanDatabase);
  graph = Graph.connect(testConnection());
  const summary = await ingestStream(new GraphWriter(graph), readInputs(['samples/', 'tests/fixtures/followup/']));
  expect(summary.failed).toEqual([]);
  ({ server, url } = await serve(graph, { port: 0 }));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await graph?.close();
});

describe('the headline query', () => {
  it('answers which talks produced which exchanges, with dates, sizes, status and evidence', async () => {
    const { data, errors } = await gql(headlineQuery);
    expect(errors).toBeUndefined();
    const talks = data!.talks as Array<any>;
    const geneva = talks.find((t) => t.place?.name === 'Geneva');
    const abuDhabi = talks.find((t) => t.place?.name === 'Abu Dhabi');
    expect(geneva.place.countryCode).toBe('CH');
    const exchanges = (t: any) => t.produced.filter((e: any) => e.type === 'PRISONER_EXCHANGE').map((e: any) => `${e.perSide}@${e.date}:${e.status}`).sort();
    // The follow-up article reported the Friday exchange as carried out.
    expect(exchanges(geneva)).toEqual(['200@2026-03-05:occurred', '300@2026-03-06:occurred']);
    expect(exchanges(abuDhabi)).toEqual(['157@2026-02:occurred']);
    const first = geneva.produced.find((e: any) => e.perSide === 200);
    expect(first.evidence.map((e: any) => e.text)).toContain('Russia and Ukraine confirmed on Thursday that 200 prisoners of war from each side had been exchanged.');
    expect(first.evidence[0].article).toEqual({ title: 'Ukraine and Russia swap 200 prisoners each as another exchange planned', publishedAt: '2026-03-06' });
  });

  it("gives evidence's article every field, the ones beyond the brief loaded by id", async () => {
    const { data, errors } = await gql('{ talks { produced { evidence { article { id title url publisher input } } } } }');
    expect(errors).toBeUndefined();
    const articles = data!.talks.flatMap((t: any) => t.produced.flatMap((p: any) => p.evidence.map((e: any) => e.article)));
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      const whole = await gql('query($id: ID!) { article(id: $id) { id title url publisher input } }', { id: a.id });
      expect(a).toEqual(whole.data!.article);
    }
    expect(articles.some((a: any) => a.input)).toBe(true);
  });

  it('bounds produced events and evidence by `first`, each selection getting its own page', async () => {
    const { data, errors } = await gql(`{ talks {
      id
      one: produced(first: 1) { id }
      all: produced { id evidence(first: 1) { text } full: evidence { text } }
    } }`);
    expect(errors).toBeUndefined();
    const geneva = data!.talks.find((t: any) => t.all.length === 2);
    expect(geneva.one).toEqual([geneva.all[0]].map((e: any) => ({ id: e.id })));
    for (const e of geneva.all) {
      expect(e.evidence).toEqual(e.full.slice(0, 1));
      // The same event read on its own (no priming): the same sentences.
      const alone = await gql('query($id: ID!) { event(id: $id) { evidence { text } } }', { id: e.id });
      expect(e.full).toEqual(alone.data!.event.evidence);
    }
    expect(geneva.all[0].full.length).toBeGreaterThan(1);
    const negative = await gql('{ talks { produced(first: -1) { id } } }');
    expect(negative.errors?.[0]?.message).toMatch(/"first" must be a non-negative integer/);
  });

  it('fetches no more produced events or sentences than the operation asks for', async () => {
    // What the one neighbourhood read was asked to fetch: the answer alone cannot show it
    // (the resolvers cut each list to its page either way), the read's parameters can.
    const read = vi.spyOn(graph, 'read');
    try {
      const limitsOf = async (query: string) => {
        read.mockClear();
        const { errors } = await gql(query);
        expect(errors).toBeUndefined();
        const params = read.mock.calls.map(([, p]) => p ?? {}).filter((p) => 'producedFirst' in p);
        expect(params).toHaveLength(1);
        return { produced: Number(params[0]!.producedFirst), evidence: Number(params[0]!.evidenceFirst) };
      };
      expect(await limitsOf('{ talks(first: 5) { produced(first: 2) { id evidence(first: 3) { text } } } }')).toEqual({ produced: 2, evidence: 3 });
      expect(await limitsOf('{ talks { produced { id } } }')).toEqual({ produced: 50, evidence: 0 });
      expect(await limitsOf('{ talks { produced(first: 1) { id } producedLinks(first: 4) { event { id } } } }')).toEqual({ produced: 4, evidence: 0 });
      expect(await limitsOf(headlineQuery)).toEqual({ produced: 50, evidence: 20 });
    } finally {
      read.mockRestore();
    }
  });

  it('reads only the fields the operation selects, yet every field any part of it asks for', async () => {
    // The read primes loaders for the whole request with projected nodes: a field selected only
    // under an alias or a fragment must still be there.
    const where = 'fragment Where on Place { name latitude countryCode kind }';
    const fields = 'id cameo datePrecision confidence place { ...Where } evidence { sentenceId index article { url publisher sources { name } } }';
    const { data, errors } = await gql(`${where} { talks { id place { ...Where } produced { id } links: producedLinks { event { ${fields} } } } }`);
    expect(errors).toBeUndefined();
    const events = data!.talks.flatMap((t: any) => t.links.map((l: any) => l.event));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const alone = await gql(`${where} query($id: ID!) { event(id: $id) { ${fields} } }`, { id: e.id });
      expect(e).toEqual(alone.data!.event);
    }
    for (const t of data!.talks) {
      const alone = await gql(`${where} query($id: ID!) { event(id: $id) { id place { ...Where } } }`, { id: t.id });
      expect({ id: t.id, place: t.place }).toEqual(alone.data!.event);
    }
    expect(events.some((e: any) => e.cameo && e.datePrecision && e.evidence.length > 0)).toBe(true);
    expect(events.flatMap((e: any) => e.evidence).some((x: any) => x.article.sources.length > 0)).toBe(true);
    expect(data!.talks.some((t: any) => t.place?.latitude != null)).toBe(true);
  });

  it('costs a bounded number of Cypher round trips, one per field level', async () => {
    graph.resetRoundTrips();
    await gql(headlineQuery);
    // The talks page and its neighbourhood (places, produced events, their places and evidence) in one read.
    expect(graph.roundTrips).toBe(1);
  });
});

describe('the examples shown in GraphiQL and the README', () => {
  it('all run without errors and return data', async () => {
    for (const [name, query] of Object.entries(exampleQueries)) {
      const { data, errors } = await gql(query);
      expect(errors, name).toBeUndefined();
      expect(Object.values(data!).every((v) => v !== null), name).toBe(true);
    }
  });

  it('serves GraphiQL with the headline query to a browser', async () => {
    const page = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('newsgraph');
    expect(page).toContain('talks');
  });
});

describe('round trips of nested lists', () => {
  it('do not grow with the number of items: one batched query per field level', async () => {
    const query = '{ events(first: 100) { nodes { id places { name } claims { kind by { __typename } evidence { text } } reports { status article { title } } } } }';
    graph.resetRoundTrips();
    const { data, errors } = await gql(query);
    expect(errors).toBeUndefined();
    expect(data!.events.nodes.length).toBeGreaterThan(5);
    // events page with its places; claims, reports; claim evidence sentences.
    expect(graph.roundTrips).toBeLessThanOrEqual(4);
  });

  it('answer a page of events with their places in one read, the same places the look-up gives', async () => {
    const query = '{ events(first: 50, orderBy: DATE_ASC) { nodes { id place { name } places { id } } } }';
    graph.resetRoundTrips();
    const { data, errors } = await gql(query);
    expect(errors).toBeUndefined();
    expect(graph.roundTrips).toBe(1);
    const nodes = data!.events.nodes as Array<{ id: string; place: { name: string } | null; places: Array<{ id: string }> }>;
    expect(nodes.filter((n) => n.place).length).toBeGreaterThan(0);
    // Through a path that does not prime (a single event by id): the same places, same order.
    for (const n of nodes) {
      const one = await gql('query($id: ID!) { event(id: $id) { place { name } places { id } } }', { id: n.id });
      expect(one.data!.event).toEqual({ place: n.place, places: n.places });
    }
  });
});

describe('lists', () => {
  it('give each item the fields it has when read by id (lists read only the selected fields)', async () => {
    const lists = {
      sources: ['source', 'id name kind articleCount'],
      people: ['person', 'id name aliases sourceCount'],
      places: ['place', 'id name kind countryCode latitude'],
      articles: ['article', 'id title publishedAt url'],
    } as const;
    for (const [list, [one, fields]] of Object.entries(lists)) {
      const { data, errors } = await gql(`{ ${list}(first: 100) { nodes { ${fields} } } }`);
      expect(errors).toBeUndefined();
      const nodes = data![list].nodes as Array<Record<string, unknown>>;
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) {
        const alone = await gql(`query($id: ID!) { ${one}(id: $id) { ${fields} } }`, { id: n.id });
        expect(n).toEqual(alone.data![one]);
      }
    }
    const { data } = await gql('{ sources(first: 100) { nodes { kind } } }');
    expect(data!.sources.nodes.some((s: any) => s.kind)).toBe(true);
  });

  it('paginates events with cursors and a total', async () => {
    const page1 = await gql('{ events(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }');
    const { totalCount, pageInfo, nodes } = page1.data!.events;
    expect(totalCount).toBeGreaterThan(2);
    expect(nodes).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const page2 = await gql('query($after: String) { events(first: 2, after: $after) { nodes { id } } }', { after: pageInfo.endCursor });
    const ids2 = page2.data!.events.nodes.map((n: any) => n.id);
    expect(ids2).toHaveLength(2);
    expect(ids2).not.toContain(nodes[0].id);
    expect(ids2).not.toContain(nodes[1].id);
  });

  it('filters events by type, status, date range and place (including places inside a country)', async () => {
    const inGeneva = await gql('{ events(filter: {place: "Geneva"}) { nodes { type label } } }');
    expect(inGeneva.data!.events.nodes.every((e: any) => e.type === 'TALKS')).toBe(true);
    expect(inGeneva.data!.events.nodes.length).toBeGreaterThan(0);
    const inSwitzerland = await gql('{ events(filter: {place: "Switzerland"}) { totalCount } }');
    expect(inSwitzerland.data!.events.totalCount).toBe(inGeneva.data!.events.nodes.length);
    const march = await gql('{ events(filter: {types: [PRISONER_EXCHANGE], from: "2026-03-01", to: "2026-03-31", status: [occurred]}) { nodes { perSide date } } }');
    expect(march.data!.events.nodes.map((e: any) => e.perSide).sort()).toEqual([200, 300]);
  });

  it('caps page size, and rejects a huge `first` by query cost before touching the database', async () => {
    const capped = await gql('{ places(first: 500) { totalCount nodes { id } } }');
    expect(capped.errors).toBeUndefined();
    expect(capped.data!.places.totalCount).toBeGreaterThan(0);
    expect(capped.data!.places.nodes.length).toBe(Math.min(100, capped.data!.places.totalCount));
    graph.resetRoundTrips();
    const huge = await gql('{ people(first: 100000) { totalCount nodes { id } } }');
    expect(huge.errors?.[0]?.message).toMatch(/Query Cost limit of \d+ exceeded/);
    expect(graph.roundTrips).toBe(0);
  });

  it('finds people with their roles, and what they said', async () => {
    const { data } = await gql(`{ people(filter: {text: "Medinsky"}) { nodes { name roles { title of { ... on Place { name } } } claims { kind channel event { perSide status } } } } }`);
    const medinsky = data!.people.nodes[0];
    expect(medinsky.roles).toContainEqual({ title: 'chief negotiator', of: { name: 'Russia' } });
    expect(medinsky.claims).toContainEqual({ kind: 'ANNOUNCED', channel: 'Telegram', event: { perSide: 300, status: 'occurred' } });
  });
});

describe('timeline and path', () => {
  async function idOf(kind: 'people' | 'places', text: string): Promise<string> {
    const { data } = await gql(`query($t: String) { ${kind}(filter: {text: $t}) { nodes { id name } } }`, { t: text });
    return data![kind].nodes[0].id;
  }

  it('lists what happened between two actors in date order', async () => {
    const [russia, ukraine] = [await idOf('places', 'Russia'), await idOf('places', 'Ukraine')];
    const { data, errors } = await gql('query($b: [ID!]!) { timeline(between: $b, types: [PRISONER_EXCHANGE]) { date perSide } }', { b: [russia, ukraine] });
    expect(errors).toBeUndefined();
    expect(data!.timeline.map((e: any) => `${e.date}/${e.perSide}`)).toEqual(['2026-02/157', '2026-03-05/200', '2026-03-06/300']);
  });

  it('explains how two entities are connected, each hop with its evidence', async () => {
    const [medinsky, geneva] = [await idOf('people', 'Medinsky'), await idOf('places', 'Geneva')];
    graph.resetRoundTrips();
    const { data, errors } = await gql(
      'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length hops { type from { __typename } to { __typename } evidence { text } } } }',
      { a: medinsky, b: geneva },
    );
    expect(errors).toBeUndefined();
    const path = data!.path;
    expect(path.length).toBeGreaterThan(0);
    expect(path.length).toBeLessThanOrEqual(4);
    for (const hop of path.hops) expect(hop.evidence.length, hop.type).toBeGreaterThan(0);
    expect(graph.roundTrips).toBe(1); // hops arrive with their evidence
  });

  it('bounds the evidence of every relationship by `first`, earliest sentences first', async () => {
    const pair = 'all: evidence { text } one: evidence(first: 1) { text }';
    const { data, errors } = await gql(`{ events(first: 100) { nodes { participants { ${pair} } claims { ${pair} } producedLinks { ${pair} } } } }`);
    expect(errors).toBeUndefined();
    const links = data!.events.nodes.flatMap((e: any) => [...e.participants, ...e.claims, ...e.producedLinks]);
    for (const l of links) expect(l.one).toEqual(l.all.slice(0, 1));
    expect(links.some((l: any) => l.all.length > 1)).toBe(true);
    const [medinsky, geneva] = [await idOf('people', 'Medinsky'), await idOf('places', 'Geneva')];
    const path = await gql(`query($a: ID!, $b: ID!) { path(from: $a, to: $b) { hops { ${pair} } } }`, { a: medinsky, b: geneva });
    expect(path.errors).toBeUndefined();
    for (const hop of path.data!.path.hops) expect(hop.one).toEqual(hop.all.slice(0, 1));
    expect(path.data!.path.hops.some((h: any) => h.all.length > 1)).toBe(true);
    const negative = await gql('query($a: ID!, $b: ID!) { path(from: $a, to: $b) { hops { evidence(first: -2) { text } } } }', { a: medinsky, b: geneva });
    expect(negative.errors?.[0]?.message).toMatch(/"first" must be a non-negative integer/);
  });

  it('refuses a path search wider than it allows', async () => {
    const { errors } = await gql('{ path(from: "a", to: "b", maxHops: 50) { length } }');
    expect(errors?.[0]?.message).toBe('"maxHops" must be between 1 and 8');
  });
});

describe('search and stats', () => {
  it('searches names and aliases, tolerating spelling variants', async () => {
    const { data } = await gql('{ search(text: "Zelenskyy") { score node { __typename ... on Person { name } } } }');
    expect(data!.search[0].node).toMatchObject({ __typename: 'Person' });
    expect(data!.search[0].node.name).toMatch(/Zelensky/);
  });

  it('counts what the graph holds', async () => {
    const { data } = await gql('{ stats { articles events people eventsByType { type count } } }');
    expect(data!.stats.articles).toBe(2);
    expect(data!.stats.eventsByType.find((t: any) => t.type === 'PRISONER_EXCHANGE').count).toBe(3);
  });
});

describe('mutations', () => {
  const input = { title: 'Talks in Oslo end without agreement', publishedAt: '2026-04-02', text: 'Negotiators from Norway and Sweden met in Oslo on Wednesday. The talks ended without agreement, officials said.' };

  it('ingests an article and is idempotent', async () => {
    const first = await gql('mutation($a: ArticleInput!) { ingestArticle(input: $a) { written unchanged errors articles { id title } } }', { a: input });
    expect(first.data!.ingestArticle).toMatchObject({ written: 1, unchanged: 0, errors: [] });
    const again = await gql('mutation($a: ArticleInput!) { ingestArticle(input: $a) { written unchanged } }', { a: input });
    expect(again.data!.ingestArticle).toEqual({ written: 0, unchanged: 1 });
  });

  it('filters talks by whether they produced something', async () => {
    const names = async (produced: boolean) => {
      const { data, errors } = await gql('query($p: Boolean) { talks(filter: {produced: $p}) { label produced { id } } }', { p: produced });
      expect(errors).toBeUndefined();
      return data!.talks as Array<{ label: string; produced: unknown[] }>;
    };
    const productive = await names(true);
    const barren = await names(false);
    expect(productive.map((t) => t.label)).toEqual(expect.arrayContaining(['Geneva talks', 'Abu Dhabi talks']));
    expect(barren.map((t) => t.label)).toContain('Oslo talks');
    for (const t of productive) expect(t.produced.length).toBeGreaterThan(0);
    for (const t of barren) expect(t.produced).toEqual([]);
  });

  it('reports an unreadable article instead of writing half of it', async () => {
    const { data } = await gql('mutation { ingestArticle(input: {title: "Empty", publishedAt: "2026-04-02", text: ""}) { written errors } }');
    expect(data!.ingestArticle.written).toBe(0);
    expect(data!.ingestArticle.errors[0]).toMatch(/input#0/);
  });
});

describe('limits and hostile input', () => {
  it('rejects queries nested too deep', async () => {
    const deep = '{ talks { produced { producedBy { event { produced { producedBy { event { produced { producedBy { event { produced { id } } } } } } } } } } } }';
    const { errors } = await gql(deep);
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('treats injection attempts in strings as plain values', async () => {
    const before = await gql('{ stats { articles } }');
    const hostile = `x') MATCH (n) DETACH DELETE n //`;
    const { data, errors } = await gql('query($t: String) { events(filter: {text: $t, place: $t, participant: $t}) { totalCount } }', { t: hostile });
    expect(errors).toBeUndefined();
    expect(data!.events.totalCount).toBe(0);
    const search = await gql('query($t: String!) { search(text: $t) { score } }', { t: 'name:* OR "( AND ~' });
    expect(search.errors).toBeUndefined();
    expect((await gql('{ stats { articles } }')).data).toEqual(before.data);
  });

  it('says what was wrong with a bad argument', async () => {
    const { errors } = await gql('{ events(filter: {from: "last week"}) { totalCount } }');
    expect(errors?.[0]?.message).toBe('"from" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "last week"');
    const cursor = await gql('{ events(after: "garbage") { totalCount } }');
    expect(cursor.errors?.[0]?.message).toMatch(/not a cursor/);
  });

  it('needs the token when one is set', async () => {
    const guarded = await serve(graph, { port: 0, token: 'secret' });
    try {
      const denied = await fetch(guarded.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { articles } }"}' });
      expect(denied.status).toBe(401);
      const allowed = await fetch(guarded.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
        body: '{"query":"{ stats { articles } }"}',
      });
      expect(allowed.status).toBe(200);
    } finally {
      await new Promise((resolve) => guarded.server.close(resolve));
    }
  });

  it('refuses to listen beyond loopback without a token', async () => {
    await expect(serve(graph, { port: 0, host: '0.0.0.0' })).rejects.toThrow(/without a token/);
  });
});
