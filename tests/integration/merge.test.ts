/** Merging entities and undoing the merge, against the real Neo4j: the graph comes back exactly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { listMerges, mergeEntities, undoMerge } from '../../src/graph/merge.js';
import { readInputs } from '../../src/ingest/read/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { cleanDatabase, testConnection, withDriver } from '../helpers/neo4j.js';

let graph: Graph;

/** Every node and relationship with all properties, sorted: two equal snapshots mean the same graph. */
async function snapshot(): Promise<string> {
  const nodes = await graph.read('MATCH (n) WHERE NOT n:Merge RETURN labels(n) AS labels, properties(n) AS p');
  const rels = await graph.read('MATCH (a)-[r]->(b) WHERE NOT a:Merge RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b');
  const sortKeys = (o: unknown): unknown =>
    Array.isArray(o) ? o.map(sortKeys) : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, sortKeys(v)])) : o;
  return JSON.stringify([...nodes, ...rels].map((r) => JSON.stringify(sortKeys(r))).sort());
}

beforeAll(async () => {
  await withDriver(cleanDatabase);
  graph = Graph.connect(testConnection());
  await ingestStream(new GraphWriter(graph), readInputs(['samples/']));
});
afterAll(async () => {
  await graph?.close();
});

describe('mergeEntities / undoMerge', () => {
  it('moves every relationship onto the kept node, records the merge, and undoes it exactly', async () => {
    const before = await snapshot();
    const ids = await graph.read(`MATCH (p:Place) WHERE p.name IN ['Donetsk province', 'Luhansk province'] RETURN p.name AS name, p.id AS id ORDER BY name`);
    expect(ids).toHaveLength(2);
    const [donetsk, luhansk] = ids.map((r) => r.id as string) as [string, string];
    const mentionsBefore = await graph.read('MATCH (:Sentence)-[:MENTIONS]->(p:Place) WHERE p.id IN $ids RETURN count(*) AS n', { ids: [donetsk, luhansk] });

    const merge = await mergeEntities(graph, donetsk, [luhansk], 'test');
    expect(merge).toMatchObject({ into: donetsk, from: [luhansk], reason: 'test', undone: false });
    const after = await graph.read('MATCH (p:Place {id: $id}) RETURN p.aliases AS aliases, COUNT { (:Sentence)-[:MENTIONS]->(p) } AS mentions', { id: donetsk });
    expect(after[0]!.aliases).toContain('Luhansk province');
    expect(after[0]!.mentions).toBe(mentionsBefore[0]!.n);
    expect(await graph.read('MATCH (p:Place {id: $id}) RETURN p', { id: luhansk })).toHaveLength(0);
    expect((await listMerges(graph))[0]!.id).toBe(merge.id);

    await undoMerge(graph, merge.id);
    expect(await snapshot()).toBe(before);
    await expect(undoMerge(graph, merge.id)).rejects.toThrow(/already undone/);
  });

  it('refuses to merge entities of different kinds, naming them', async () => {
    const [row] = await graph.read(`MATCH (p:Person), (s:Source) RETURN p.id AS person, s.id AS source LIMIT 1`);
    await expect(mergeEntities(graph, row!.person as string, [row!.source as string])).rejects.toThrow(/is a Source, .* is a Person/);
  });
});
