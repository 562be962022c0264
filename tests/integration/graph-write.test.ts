/**
 * The writer against the real Neo4j: the reference article's facts land with evidence,
 * re-ingesting changes nothing, and a follow-up article resolves onto the same nodes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, type Row } from '../../src/graph/db.js';
import { findEvents, readRelationship } from '../../src/graph/read.js';
import { ensureSchema, schemaNameOf, schemaStatements } from '../../src/graph/schema.js';
import { GraphWriter } from '../../src/graph/write.js';
import { readInputs } from '../../src/ingest/read/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { connectCleanGraph } from '../helpers/neo4j.js';

const reference = 'samples/2026-03-06-ukraine-russia-prisoner-swap.txt';
const followup = 'tests/fixtures/followup/2026-03-07-second-swap-completed.txt';

let graph: Graph;

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await graph.read('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
  return { nodes: Number(row!.nodes), rels: Number(row!.rels) };
}

async function ingest(...inputs: string[]) {
  return ingestStream(new GraphWriter(graph), readInputs(inputs));
}

beforeAll(async () => {
  graph = await connectCleanGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('writing the reference article', () => {
  it('creates the constraints and writes the article in one go', async () => {
    const summary = await ingest(reference);
    expect(summary.failed).toEqual([]);
    expect(summary.written).toBe(1);
    const constraints = await graph.read('SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS labels');
    expect(constraints[0]!.labels).toEqual(expect.arrayContaining(['Article', 'Sentence', 'Person', 'Place', 'Organization', 'Source', 'Event']));
  });

  it('links the Geneva talks to the exchange of 200 per side, with the sentence that says so', async () => {
    const rows = await graph.read(
      `MATCH (t:Event:Talks)-[r:PRODUCED]->(x:Event:PrisonerExchange {perSide: 200}), (t)-[:TOOK_PLACE_IN]->(p:Place)
       RETURN p.name AS place, p.countryCode AS cc, x.date AS date, x.status AS status, r.evidence AS evidence`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ place: 'Geneva', cc: 'CH', date: '2026-03-05', status: 'occurred' });
    const sentences = await graph.read('UNWIND $ids AS id MATCH (s:Sentence {id: id}) RETURN s.text AS text', { ids: rows[0]!.evidence });
    expect(sentences.map((s) => s.text).join(' ')).toMatch(/Geneva/);
  });

  it('says who announced and who confirmed, on which channel, and which sources the article cites', async () => {
    const claims = await graph.read(
      `MATCH (p:Person)-[c:ANNOUNCED|CONFIRMED]->(e:PrisonerExchange) RETURN p.name AS person, type(c) AS kind, c.channel AS channel, e.perSide AS perSide ORDER BY kind`,
    );
    expect(claims).toContainEqual(expect.objectContaining({ person: 'Vladimir Medinsky', kind: 'ANNOUNCED', channel: 'Telegram', perSide: 300 }));
    expect(claims).toContainEqual(expect.objectContaining({ person: 'Volodymyr Zelensky', kind: 'CONFIRMED', perSide: 200 }));
    const cited = await graph.read('MATCH (:Article)-[:CITES]->(s:Source) RETURN collect(s.name) AS names');
    expect(cited[0]!.names).toEqual(expect.arrayContaining(['Digi24.ro', 'EFE']));
  });

  it('puts evidence, confidence and first/last seen on every semantic relationship', async () => {
    const rows = await graph.read(
      `MATCH ()-[r:PRODUCED|TOOK_PLACE_IN|INVOLVED|ANNOUNCED|CONFIRMED|DEMANDED|REJECTED|HOLDS_ROLE|PART_OF|CITES]->()
       RETURN type(r) AS type, r.evidence AS evidence, r.confidence AS confidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.confidence, r.type as string).toBeGreaterThan(0);
      expect(r.firstSeen, r.type as string).toBe('2026-03-06');
      expect(r.lastSeen, r.type as string).toBe('2026-03-06');
      if (r.type !== 'CITES') expect((r.evidence as string[]).length, r.type as string).toBeGreaterThan(0);
    }
  });

  it('changes nothing when the same article is ingested again', async () => {
    const before = await counts();
    const summary = await ingest(reference);
    expect(summary).toMatchObject({ written: 0, unchanged: 1, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe('a follow-up article', () => {
  it('turns the planned exchange into one occurred event reported by both articles', async () => {
    const summary = await ingest(followup);
    expect(summary.written).toBe(1);
    const rows = await graph.read(
      `MATCH (e:Event {type: 'PRISONER_EXCHANGE', perSide: 300})
       RETURN e.date AS date, e.status AS status, e.articleCount AS articles,
              [(a:Article)-[r:REPORTS]->(e) | {title: a.title, status: r.status, evidence: size(r.evidence)}] AS reports`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: '2026-03-06', status: 'occurred', articles: 2 });
    const reports = rows[0]!.reports as Array<{ status: string; evidence: number }>;
    expect(reports.map((r) => r.status).sort()).toEqual(['occurred', 'planned']);
    for (const r of reports) expect(r.evidence).toBeGreaterThan(0);
  });

  it('resolves Zelensky and Zelenskyy to one person', async () => {
    const people = await graph.read(`MATCH (p:Person) WHERE p.surnameKey = 'zelensky' OR p.name CONTAINS 'Zelensk' RETURN p.name AS name, p.aliases AS aliases, p.articleCount AS articles`);
    expect(people).toHaveLength(1);
    expect(people[0]!.articles).toBe(2);
    expect([people[0]!.name, ...(people[0]!.aliases as string[])]).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Volodymyr Zelenskyy']));
  });

  it('keeps one Geneva node, with coordinates in Switzerland', async () => {
    const places = await graph.read(`MATCH (p:Place) WHERE p.name = 'Geneva' OR 'Geneva' IN p.aliases RETURN p.countryCode AS cc, p.latitude AS lat, p.articleCount AS articles`);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ cc: 'CH', articles: 2 });
    expect(places[0]!.lat as number).toBeCloseTo(46.2, 0);
  });
});

describe('undated events over time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-undated-'));
  /** A JSON article: its URL is its identity, so a second write with other text rewrites it. */
  const article = (name: string, publishedAt: string, text: string): string => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify({ url: `https://example.org/${name}`, title: `Negotiators meet (${name})`, publishedAt, text }));
    return path;
  };
  const talksText = 'Russian and Ukrainian negotiators held talks in Geneva on a possible truce, officials said.';
  const genevaTalks = () =>
    graph.read(
      `MATCH (t:Talks)-[:TOOK_PLACE_IN]->(:Place {name: 'Geneva'}) WHERE t.date IS NULL
       RETURN t.id AS id, t.firstSeen AS firstSeen, t.articleCount AS articles ORDER BY firstSeen`,
    );

  it('keeps undated talks read a year apart as two events, and a week apart as one', async () => {
    const before = await genevaTalks();
    await ingest(article('a-year-later', '2027-05-10', talksText));
    const yearLater = await genevaTalks();
    expect(yearLater).toHaveLength(before.length + 1);
    expect(yearLater.at(-1)).toMatchObject({ firstSeen: '2027-05-10', articles: 1 });

    await ingest(article('a-week-after-that', '2027-05-17', `Officials said ${talksText.charAt(0).toLowerCase()}${talksText.slice(1)}`));
    const weekLater = await genevaTalks();
    expect(weekLater).toHaveLength(yearLater.length);
    expect(weekLater.at(-1)).toMatchObject({ id: yearLater.at(-1)!.id, articles: 2 });
  });

  it('finds, in one write batch, the talks an earlier article of the batch reported with both sides', async () => {
    const before = await genevaTalks();
    // One ingest call: both articles are planned in the same batch, before either is written.
    const summary = await ingest(
      article('batch-first', '2029-04-02', talksText),
      article('batch-follow-up', '2029-04-03', 'The exchange was agreed during recent negotiations held in Geneva, officials said.'),
    );
    expect(summary.written).toBe(2);
    const added = (await genevaTalks()).filter((t) => !before.some((b) => b.id === t.id));
    expect(added).toEqual([expect.objectContaining({ firstSeen: '2029-04-02', articles: 2 })]);
  });

  it('lists events newest first with an undated one at the day of its first report, not ahead of every dated one', async () => {
    await ingest(article('dated-later', '2031-06-10', 'Russian and Ukrainian negotiators held talks in Geneva on June 8, officials said.'));
    const { rows } = await findEvents(graph, { types: ['TALKS'] }, { first: 100, offset: 0, order: 'DATE_DESC' });
    const keys = rows.map((r) => (r.date ?? r.firstSeen) as string);
    expect(keys[0]).toBe('2031-06-08');
    expect(rows.some((r) => r.date == null)).toBe(true);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('removes an event when the only article that reported it is rewritten without it', async () => {
    await ingest(article('rewritten', '2028-01-10', talksText));
    const reported = (await genevaTalks()).filter((t) => t.firstSeen === '2028-01-10');
    expect(reported).toHaveLength(1);
    const summary = await ingest(article('rewritten', '2028-01-10', 'The weather in Geneva was mild, officials said.'));
    expect(summary.written).toBe(1);
    expect((await genevaTalks()).filter((t) => t.firstSeen === '2028-01-10')).toEqual([]);
    const [orphans] = await graph.read('MATCH (e:Event) WHERE NOT (e)<-[:REPORTS]-() RETURN count(e) AS n');
    expect(Number(orphans!.n)).toBe(0);
  });
});

describe('an event many articles report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-reported-'));
  // Five reports of one summit, written in an order other than their publication times.
  const hours = ['11', '08', '14', '09', '10'];
  const inputs = hours.map((hour, i) => {
    const path = join(dir, `report-${i}.json`);
    const text = `Officials said the leaders of France and Brazil held a summit in Lisbon on March 2, 2035. Talks will continue in Lisbon next month (report ${i}).`;
    writeFileSync(path, JSON.stringify({ url: `https://example.org/summit-${i}`, title: `Summit report ${i}`, publishedAt: `2035-03-03T${hour}:00:00Z`, text }));
    return path;
  });

  it('gives its earliest reports and evidence first, at most the number asked for per event', async () => {
    expect((await ingestStream(new GraphWriter(graph), readInputs(inputs))).written).toBe(5);
    const events = await graph.read(
      `MATCH (e:Event)-[:TOOK_PLACE_IN]->(:Place {name: 'Lisbon'}) WITH e, COUNT { (e)<-[:REPORTS]-() } AS reports
       RETURN e.id AS id, reports ORDER BY reports DESC`,
    );
    const summit = events[0]!;
    expect(summit.reports).toBe(5);
    const ids = events.map((e) => e.id as string);
    expect(ids.length).toBeGreaterThan(1); // the summit and the talks planned for next month
    const times = (rows: Row[], field: 'article' | 'evidence') =>
      rows.filter((r) => r.key === summit.id).map((r) => ((field === 'article' ? r.article : (r.evidence as Row).article) as Row).publishedAt);
    const earliest = ['2035-03-03T08:00:00Z', '2035-03-03T09:00:00Z'];
    expect(times(await readRelationship(graph, 'eventReports', ids, 2), 'article')).toEqual(earliest);
    const evidence = await readRelationship(graph, 'eventEvidence', ids, 2);
    expect(times(evidence, 'evidence')).toEqual(earliest);
    // The bound is per event, not for the whole read.
    for (const id of ids) expect(evidence.filter((r) => r.key === id).length).toBeGreaterThan(0);
    expect(times(await readRelationship(graph, 'eventEvidence', ids), 'evidence')).toEqual([...hours].sort().map((h) => `2035-03-03T${h}:00:00Z`));
  });
});

describe('event lists in date order', () => {
  it('stores the date lists sort on, and gives it to events written before it existed', async () => {
    const missing = async () => Number((await graph.read('MATCH (e:Event) WHERE e.listDate IS NULL OR e.listDate <> coalesce(e.date, e.firstSeen) RETURN count(e) AS n'))[0]!.n);
    expect(await missing()).toBe(0);
    await graph.command('MATCH (e:Event) REMOVE e.listDate');
    expect(await missing()).toBeGreaterThan(0);
    await ensureSchema(graph);
    expect(await missing()).toBe(0);
  });
});

describe('the schema at start-up', () => {
  const names = async () => (await graph.read('SHOW INDEXES YIELD name, state WHERE state = "ONLINE" RETURN collect(name) AS names'))[0]!.names as string[];

  it('recreates a dropped index and constraint, and only reads the schema when nothing is missing', async () => {
    const expected = schemaStatements.map(schemaNameOf);
    expect(await names()).toEqual(expect.arrayContaining(expected));
    await graph.command('DROP INDEX event_type_list_date');
    await graph.command('DROP CONSTRAINT person_id');
    expect(await names()).not.toContain('event_type_list_date');
    expect(await names()).not.toContain('person_id');
    await ensureSchema(graph);
    expect(await names()).toEqual(expect.arrayContaining(expected));
    const constraints = await graph.read('SHOW CONSTRAINTS YIELD name, type WHERE name = "person_id" RETURN type');
    expect(constraints.map((r) => r.type)).toEqual(['UNIQUENESS']);
    // A current schema costs one read of it (and the migration's one write), not a round trip per statement.
    const before = graph.roundTrips;
    await ensureSchema(graph);
    expect(graph.roundTrips - before).toBe(2);
  });
});
