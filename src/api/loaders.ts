/**
 * One DataLoader per relationship field per request: each batch is a single
 * `UNWIND $ids` query (src/graph/read.ts), so a field costs one round trip
 * however many items the list above it returns.
 */
import DataLoader from 'dataloader';
import type { Graph, Row } from '../graph/db.js';
import { nodesByIds, readRelationship, relationshipReads, sentencesByIds, type RelationshipRead } from '../graph/read.js';

export type Loaders = Record<RelationshipRead, DataLoader<string, Row[]>> & {
  node: DataLoader<string, Row | null>;
  sentence: DataLoader<string, Row | null>;
};

function groupByKey(keys: readonly string[], rows: Row[]): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.key as string)?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export function createLoaders(graph: Graph): Loaders {
  const loaders = {} as Loaders;
  for (const read of Object.keys(relationshipReads) as RelationshipRead[]) {
    loaders[read] = new DataLoader(async (keys) => groupByKey(keys, await readRelationship(graph, read, keys)), { maxBatchSize: 1000 });
  }
  loaders.node = new DataLoader(async (keys) => {
    const rows = await nodesByIds(graph, keys);
    const byKey = new Map(rows.map((r) => [r.key as string, r.node as Row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
  loaders.sentence = new DataLoader(async (keys) => {
    const rows = await sentencesByIds(graph, keys);
    const byKey = new Map(rows.map((r) => [r.key as string, r.evidence as Row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
  return loaders;
}
