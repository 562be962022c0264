/**
 * Reading an export from Neo4j in batches. Nodes are paged per label by id (keyset pagination on
 * the uniqueness index: `n.id > $after ORDER BY n.id LIMIT $batch`), relationships by the same
 * pages of their start nodes, so no query returns more than one batch of start nodes' worth of rows
 * and the whole graph is never in memory. A filtered export first fetches the ids in scope
 * (`scopeQuery`), then reads those nodes in batches the same way.
 */
import type { Graph, Row } from '../graph/db.js';
import { declare, typeOfCypher } from './attributes.js';
import { exportLabels, isFiltered, scopeQuery, type ExportFilter, type ExportLabel } from './filter.js';
import { relationshipId, type AttributeType, type Declarations, type ExportNode, type ExportRelationship, type ExportSource } from './model.js';

/** The whole graph, or the ids of a filtered subgraph by label. */
export type Scope = { kind: 'all' } | { kind: 'ids'; ids: Map<ExportLabel, string[]> };

export async function resolveScope(graph: Graph, filter: ExportFilter): Promise<Scope> {
  if (!isFiltered(filter)) return { kind: 'all' };
  const { cypher, params } = scopeQuery(filter);
  const rows = await graph.read(cypher, params);
  const ids = new Map<ExportLabel, string[]>();
  for (const row of rows) ids.set(row.label as ExportLabel, [...(row.ids as string[])].sort());
  return { kind: 'ids', ids };
}

/**
 * A node carries one exported label in the graph model, but should one ever carry two, it is
 * exported once, under the first in `exportLabels` order (the filtered scope does the same).
 */
const earlierLabels = (label: ExportLabel): string[] => exportLabels.slice(0, exportLabels.indexOf(label));
const notEarlier = 'AND none(l IN labels(n) WHERE l IN $earlier)';

const nodeColumns = 'n.id AS id, labels(n) AS labels, properties(n) AS properties';

/** Relationships from the start nodes `n` of a page to nodes that are exported too. */
const relationshipsOf = (endInScope: string) => `
  MATCH (n)-[r]->(m) WHERE ${endInScope}
  WITH n, r, m ORDER BY n.id, type(r), m.id, r.key
  RETURN n.id AS source, type(r) AS type, m.id AS target, properties(r) AS properties`;

const exportedEnd = 'm.id IS NOT NULL AND any(l IN labels(m) WHERE l IN $labels)';

const toNode = (row: Row): ExportNode => ({ id: String(row.id), labels: row.labels as string[], properties: row.properties as Record<string, unknown> });

const toRelationship = (row: Row): ExportRelationship => {
  const properties = row.properties as Record<string, unknown>;
  const source = String(row.source);
  const target = String(row.target);
  const type = String(row.type);
  return { id: relationshipId(source, type, target, properties.key), type, source, target, properties };
};

/** Pages of one label's ids: keyset over the whole label, or slices of a scope's sorted ids. */
async function* idPages(graph: Graph, label: ExportLabel, scope: Scope, batchSize: number): AsyncGenerator<string[]> {
  if (scope.kind === 'ids') {
    const ids = scope.ids.get(label) ?? [];
    for (let i = 0; i < ids.length; i += batchSize) yield ids.slice(i, i + batchSize);
    return;
  }
  let after = '';
  for (;;) {
    const rows = await graph.read(`MATCH (n:${label}) WHERE n.id > $after ${notEarlier} RETURN n.id AS id ORDER BY id LIMIT $batch`, {
      after,
      batch: batchSize,
      earlier: earlierLabels(label),
    });
    if (rows.length === 0) return;
    const ids = rows.map((r) => String(r.id));
    yield ids;
    if (ids.length < batchSize) return;
    after = ids[ids.length - 1]!;
  }
}

async function cypherDeclarations(graph: Graph, scope: Scope): Promise<Declarations> {
  const nodeObs: [string, AttributeType][] = [];
  const relObs: [string, AttributeType][] = [];
  const all = scope.kind === 'ids' ? [...scope.ids.values()].flat() : null;
  for (const label of exportLabels) {
    if (scope.kind === 'ids' && !scope.ids.get(label)?.length) continue;
    const inScope = scope.kind === 'ids' ? 'WHERE n.id IN $ids' : '';
    const params = { ids: scope.kind === 'ids' ? scope.ids.get(label) : null, all, labels: [...exportLabels] };
    const [nodes, rels] = await Promise.all([
      graph.read(`MATCH (n:${label}) ${inScope} UNWIND keys(n) AS k WITH k, valueType(n[k]) AS t RETURN k, collect(DISTINCT t) AS types`, params),
      graph.read(
        `MATCH (n:${label}) ${inScope} MATCH (n)-[r]->(m) WHERE ${all ? 'm.id IN $all' : exportedEnd}
         UNWIND keys(r) AS k WITH k, valueType(r[k]) AS t RETURN k, collect(DISTINCT t) AS types`,
        params,
      ),
    ]);
    for (const row of nodes) for (const t of row.types as string[]) nodeObs.push([String(row.k), typeOfCypher(t)]);
    for (const row of rels) for (const t of row.types as string[]) relObs.push([String(row.k), typeOfCypher(t)]);
  }
  return { node: declare(nodeObs), relationship: declare(relObs) };
}

/** An export source reading `scope` from the graph, `batchSize` nodes (or start nodes) per query. */
export function graphSource(graph: Graph, scope: Scope, options: { batchSize?: number } = {}): ExportSource {
  const batchSize = options.batchSize ?? 500;
  const all = scope.kind === 'ids' ? [...scope.ids.values()].flat() : null;
  return {
    declarations: () => cypherDeclarations(graph, scope),
    async *nodes() {
      for (const label of exportLabels) {
        if (scope.kind === 'ids') {
          for await (const ids of idPages(graph, label, scope, batchSize)) {
            yield (await graph.read(`MATCH (n:${label}) WHERE n.id IN $ids RETURN ${nodeColumns} ORDER BY id`, { ids })).map(toNode);
          }
          continue;
        }
        // The whole label: the page and its nodes in one query.
        for (let after = ''; ; ) {
          const rows = await graph.read(`MATCH (n:${label}) WHERE n.id > $after ${notEarlier} WITH n ORDER BY n.id LIMIT $batch RETURN ${nodeColumns}`, {
            after,
            batch: batchSize,
            earlier: earlierLabels(label),
          });
          if (rows.length) yield rows.map(toNode);
          if (rows.length < batchSize) break;
          after = String(rows[rows.length - 1]!.id);
        }
      }
    },
    async *relationships() {
      for (const label of exportLabels) {
        for await (const ids of idPages(graph, label, scope, batchSize)) {
          const rows = await graph.read(`MATCH (n:${label}) WHERE n.id IN $ids ${relationshipsOf(all ? 'm.id IN $all' : exportedEnd)}`, {
            ids,
            all,
            labels: [...exportLabels],
          });
          if (rows.length) yield rows.map(toRelationship);
        }
      }
    },
  };
}
