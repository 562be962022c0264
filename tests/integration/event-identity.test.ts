/**
 * One event node per real-world event across articles, against the real Neo4j: each story of
 * tests/fixtures/stories/ is ingested three ways (one batch; one article per batch in date order;
 * the reverse order) and must leave the same event nodes, each reported by the expected articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { readInputs } from '../../src/ingest/read/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { cleanDatabase, connectCleanGraph, withDriver } from '../helpers/neo4j.js';

interface ExpectedEvent {
  type: string;
  /** Names of places or participants the node must be linked to (TOOK_PLACE_IN, INVOLVED). */
  actors: string[];
  /** Articles that must report it. */
  articles: number;
}

const root = 'tests/fixtures/stories';
const stories = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

let graph: Graph;
beforeAll(async () => {
  graph = await connectCleanGraph();
});
afterAll(async () => {
  await graph?.close();
});

const orders = {
  'in one batch': (files: string[]) => ({ files, batchSize: 50 }),
  'one per batch, oldest first': (files: string[]) => ({ files, batchSize: 1 }),
  'one per batch, newest first': (files: string[]) => ({ files: [...files].reverse(), batchSize: 1 }),
};

describe.each(stories)('story %s', (story) => {
  const dir = join(root, story);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { events: ExpectedEvent[] }).events;
  const types = [...new Set(expected.map((e) => e.type))];

  it.each(Object.entries(orders))('leaves one node per event, read %s', async (_name, order) => {
    await withDriver(cleanDatabase);
    const { files: inputs, batchSize } = order(files);
    const summary = await ingestStream(new GraphWriter(graph), readInputs(inputs), { batchSize });
    expect(summary.written).toBe(files.length);
    const nodes = await graph.read(
      `MATCH (e:Event) WHERE e.type IN $types
       RETURN e.type AS type, e.articleCount AS articles, COUNT { (e)<-[:REPORTS]-() } AS reports,
              [(e)-[:TOOK_PLACE_IN|INVOLVED]->(x) | x.name] AS actors`,
      { types },
    );
    expect(nodes).toHaveLength(expected.length);
    for (const want of expected) {
      const hits = nodes.filter((n) => n.type === want.type && want.actors.every((a) => (n.actors as string[]).includes(a)));
      expect(hits, `${want.type} with ${want.actors.join(', ')}`).toHaveLength(1);
      expect(Number(hits[0]!.articles)).toBe(want.articles);
      expect(Number(hits[0]!.reports)).toBe(want.articles);
    }
  });
});
