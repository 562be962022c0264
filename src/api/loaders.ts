/**
 * One DataLoader per relationship field per request: each batch is a single
 * `UNWIND $ids` query (src/graph/read.ts), so a field costs one round trip
 * however many items the list above it returns.
 */
import DataLoader from 'dataloader';
import type { Graph, Row } from '../graph/db.js';
import { nodesByIds, readRelationship, relationshipReads, sentencesByIds, type EventNeighbourhood, type RelationshipRead } from '../graph/read.js';

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

/**
 * Prime the loaders with what `findEventsWithNeighbourhood` fetched, so the fields it covers cost
 * no further round trip. Every id asked for is primed, found or not (an empty list is an answer).
 */
export function primeEventNeighbourhood(loaders: Loaders, rows: readonly EventNeighbourhood[]): void {
  const group = (ids: string[], found: Row[]) => {
    const by = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const r of found) by.get(r.key as string)?.push(r);
    return by;
  };
  const events = rows.map((r) => r.node.id as string);
  const producedIds = [...new Set(rows.flatMap((r) => r.producedIds))];
  const prime = (loader: DataLoader<string, Row[]>, by: Map<string, Row[]>) => {
    for (const [id, found] of by) loader.clear(id).prime(id, found);
  };
  // An event produced by two of the page's events comes once per producer: keep the first copy.
  const once = (perEvent: Row[][]): Row[] => {
    const taken = new Set<string>();
    return perEvent.flatMap((found) => {
      const keys = new Set(found.map((r) => r.key as string));
      const fresh = found.filter((r) => !taken.has(r.key as string));
      for (const k of keys) taken.add(k);
      return fresh;
    });
  };
  prime(loaders.eventPlaces, group([...events, ...producedIds], [...rows.flatMap((r) => r.places), ...once(rows.map((r) => r.producedPlaces))]));
  prime(loaders.eventProduced, group(events, rows.flatMap((r) => r.produced)));
  prime(loaders.eventEvidence, group(producedIds, once(rows.map((r) => r.producedEvidence))));
}

/** Prime `eventPlaces` with the places a page read brought along (`attached[i]` belongs to `rows[i]`). */
export function primeEventPlaces(loaders: Loaders, rows: readonly Row[], attached: readonly Row[][]): void {
  rows.forEach((row, i) => loaders.eventPlaces.clear(row.id as string).prime(row.id as string, attached[i] ?? []));
}
