/**
 * Auditable, reversible merges of entity nodes.
 *
 * `mergeEntities(into, from)` moves every relationship of the `from` nodes onto `into`, folds
 * their names into its aliases, deletes them, and records a `:Merge` node holding a snapshot of
 * everything it changed (the removed nodes, each moved relationship, `into`'s properties before).
 * `undoMerge(id)` restores exactly that snapshot. One transaction each.
 *
 * Relationship types come from the whitelist below; values are parameters.
 */
import { randomUUID } from 'node:crypto';
import { InputError } from '../errors.js';
import type { Graph, Row, WriteTx } from './db.js';
import { matchById, semanticRelationships } from './model.js';

/** Every relationship type an entity can have, in either direction: the semantic ones between
 * entities and events (all but event → event PRODUCED), and sentence MENTIONS. */
const entityRelationships = [...semanticRelationships.filter((t) => t !== 'PRODUCED'), 'MENTIONS'] as const;

const entityLabels = ['Person', 'Place', 'Organization', 'Source'] as const;

export interface MergeRecord {
  id: string;
  into: string;
  from: string[];
  reason: string;
  at: string;
  undone: boolean;
}

interface MovedRelationship {
  type: string;
  /** `out`: (from)-[r]->(other); `in`: (other)-[r]->(from). */
  direction: 'out' | 'in';
  from: string;
  other: string;
  properties: Row;
  /** Whether `into` already had this relationship (then undo must keep it, restoring its properties). */
  existed: boolean;
  previous: Row | null;
}

async function entity(tx: WriteTx, id: string): Promise<{ label: string; properties: Row } | undefined> {
  const [row] = await tx.run(
    `WITH $id AS id ${matchById('n', 'id', 'id')}
     WITH n WHERE n:Person OR n:Place OR n:Organization OR n:Source
     RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS properties`,
    { id, labels: [...entityLabels] },
  );
  return row ? { label: row.label as string, properties: row.properties as Row } : undefined;
}

export async function mergeEntities(graph: Graph, into: string, from: string[], reason = 'merged by hand'): Promise<MergeRecord> {
  const sources = [...new Set(from)].filter((id) => id !== into);
  if (sources.length === 0) throw new InputError('mergeEntities', 'give at least one entity id to merge that differs from "into"');
  return graph.write(async (tx) => {
    const target = await entity(tx, into);
    if (!target) throw new InputError('mergeEntities', `no entity with id "${into}"`);
    const removed: Array<{ label: string; properties: Row }> = [];
    for (const id of sources) {
      const found = await entity(tx, id);
      if (!found) throw new InputError('mergeEntities', `no entity with id "${id}"`);
      if (found.label !== target.label) throw new InputError('mergeEntities', `"${id}" is a ${found.label}, "${into}" is a ${target.label}: only entities of one kind can be merged`);
      removed.push(found);
    }

    // Relationships among the merged nodes themselves would become self-loops: dropped, but kept in the snapshot.
    const dropped = await tx.run(
      `MATCH (a:${target.label})-[r]->(b:${target.label}) WHERE a.id IN $all AND b.id IN $all AND (a.id IN $from OR b.id IN $from)
       RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties`,
      { all: [into, ...sources], from: sources },
    );

    const moved: MovedRelationship[] = [];
    for (const type of entityRelationships) {
      for (const direction of ['out', 'in'] as const) {
        const pattern = direction === 'out' ? `(f)-[r:${type}]->(o)` : `(o)-[r:${type}]->(f)`;
        const intoPattern = direction === 'out' ? `(t)-[x:${type} {key: coalesce(r.key, '')}]->(o)` : `(o)-[x:${type} {key: coalesce(r.key, '')}]->(t)`;
        const rows = await tx.run(
          `MATCH (t:${target.label} {id: $into})
           UNWIND $from AS fid
           MATCH (f:${target.label} {id: fid})
           MATCH ${pattern} WHERE o.id <> $into
           OPTIONAL MATCH ${intoPattern.replace('x:', 'existing:')}
           WITH t, f, r, o, existing, properties(r) AS props, CASE WHEN existing IS NULL THEN null ELSE properties(existing) END AS previous
           MERGE ${intoPattern}
           SET x += props,
               x.evidence = CASE WHEN previous IS NULL THEN props.evidence ELSE coalesce(previous.evidence, []) + [e IN coalesce(props.evidence, []) WHERE NOT e IN coalesce(previous.evidence, [])] END
           DELETE r
           RETURN f.id AS from, o.id AS other, props AS properties, previous IS NOT NULL AS existed, previous`,
          { into, from: sources },
        );
        for (const r of rows)
          moved.push({ type, direction, from: r.from as string, other: r.other as string, properties: r.properties as Row, existed: r.existed as boolean, previous: (r.previous as Row) ?? null });
      }
    }

    const names = removed.flatMap((n) => [n.properties.name as string, ...((n.properties.aliases as string[]) ?? [])]);
    const keys = removed.flatMap((n) => (n.properties.nameKeys as string[]) ?? []);
    const record: MergeRecord = { id: `merge:${randomUUID()}`, into, from: sources, reason, at: new Date().toISOString(), undone: false };
    await tx.run(
      `MATCH (t:${target.label} {id: $into})
       SET t.aliases = t.aliases + [a IN $names WHERE NOT a IN t.aliases AND a <> t.name],
           t.nameKeys = coalesce(t.nameKeys, []) + [k IN $keys WHERE NOT k IN coalesce(t.nameKeys, [])],
           t.articleCount = coalesce(t.articleCount, 0) + $articles
       WITH t
       UNWIND $from AS fid MATCH (f:${target.label} {id: fid}) DETACH DELETE f
       WITH DISTINCT t
       CREATE (m:Merge {id: $record.id, into: $record.into, from: $record.from, reason: $record.reason, at: $record.at, undone: false,
                        snapshot: $snapshot})
       CREATE (m)-[:MERGED_INTO]->(t)`,
      {
        into,
        from: sources,
        names: [...new Set(names.filter(Boolean))],
        keys: [...new Set(keys)],
        articles: removed.reduce((n, r) => n + Number(r.properties.articleCount ?? 0), 0),
        record,
        snapshot: JSON.stringify({ target: target.properties, removed, moved, dropped }),
      },
    );
    return record;
  });
}

export async function undoMerge(graph: Graph, mergeId: string): Promise<MergeRecord> {
  return graph.write(async (tx) => {
    const [row] = await tx.run('MATCH (m:Merge {id: $id}) RETURN m{.*} AS m', { id: mergeId });
    if (!row) throw new InputError('undoMerge', `no merge with id "${mergeId}"`);
    const m = row.m as Row;
    if (m.undone) throw new InputError('undoMerge', `merge "${mergeId}" was already undone`);
    const snapshot = JSON.parse(m.snapshot as string) as { target: Row; removed: Array<{ label: string; properties: Row }>; moved: MovedRelationship[]; dropped: Row[] };

    const label = entityLabels.find((l) => l === snapshot.removed[0]?.label);
    if (!label) throw new InputError('undoMerge', `merge "${mergeId}" holds no restorable snapshot`);
    for (const node of snapshot.removed) await tx.run(`CREATE (n:${label}) SET n = $properties`, { properties: node.properties });
    for (const type of entityRelationships) {
      for (const direction of ['out', 'in'] as const) {
        const rels = snapshot.moved.filter((r) => r.type === type && r.direction === direction);
        if (rels.length === 0) continue;
        const restore = direction === 'out' ? `(f)-[r:${type}]->(o)` : `(o)-[r:${type}]->(f)`;
        const onInto = direction === 'out' ? `(t)-[x:${type} {key: coalesce(rel.properties.key, '')}]->(o)` : `(o)-[x:${type} {key: coalesce(rel.properties.key, '')}]->(t)`;
        await tx.run(
          `MATCH (t:${label} {id: $into})
           UNWIND $rels AS rel
           MATCH (f:${label} {id: rel.from})
           ${matchById('o', 'rel.other', 'rel')}
           CREATE ${restore} SET r = rel.properties
           WITH t, o, rel
           MATCH ${onInto}
           FOREACH (_ IN CASE WHEN rel.existed THEN [1] ELSE [] END | SET x = rel.previous)
           FOREACH (_ IN CASE WHEN rel.existed THEN [] ELSE [1] END | DELETE x)`,
          { into: m.into, rels },
        );
      }
    }
    // Types of dropped relationships were read from the graph itself (type(r)), not from input.
    await tx.run(
      `UNWIND $dropped AS d MATCH (a:${label} {id: d.start}), (b:${label} {id: d.end}) CREATE (a)-[r:$(d.type)]->(b) SET r = d.properties`,
      { dropped: snapshot.dropped },
    );
    await tx.run(`MATCH (t:${label} {id: $into}) SET t = $properties`, { into: m.into, properties: snapshot.target });
    await tx.run('MATCH (m:Merge {id: $id}) SET m.undone = true, m.undoneAt = $at', { id: mergeId, at: new Date().toISOString() });
    return { id: mergeId, into: m.into as string, from: m.from as string[], reason: m.reason as string, at: m.at as string, undone: true };
  });
}

export async function listMerges(graph: Graph, first = 50): Promise<MergeRecord[]> {
  const rows = await graph.read('MATCH (m:Merge) RETURN m{.id, .into, .from, .reason, .at, .undone} AS m ORDER BY m.at DESC LIMIT $first', { first });
  return rows.map((r) => r.m as MergeRecord);
}
