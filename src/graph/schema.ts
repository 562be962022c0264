/**
 * Constraints and indexes, created idempotently at start-up (IF NOT EXISTS).
 * The uniqueness constraints also make concurrent MERGEs of one id safe.
 */
import type { Graph } from './db.js';

const unique = ['Article', 'Sentence', 'Person', 'Place', 'Organization', 'Source', 'Event', 'Merge'];

export const schemaStatements: string[] = [
  ...unique.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  'CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surnameKey)',
  // Lists by type alone ("talks", undated ones included) cannot use the composite index below.
  'CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)',
  'CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date)',
  'CREATE INDEX event_month IF NOT EXISTS FOR (n:Event) ON (n.month)',
  'CREATE INDEX event_type_first_seen IF NOT EXISTS FOR (n:Event) ON (n.type, n.firstSeen)',
  'CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status)',
  // Event lists, newest first, read in index order (see eventOrder in read.ts): all types, or one.
  'CREATE INDEX event_list_date IF NOT EXISTS FOR (n:Event) ON (n.listDate)',
  'CREATE INDEX event_type_list_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.listDate)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  `CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Place|Organization|Source|Event) ON EACH [n.name, n.aliasText, n.label]`,
];

/** The name a schema statement creates ("article_id", "names"). */
export function schemaNameOf(statement: string): string {
  const name = /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
  if (!name) throw new Error(`schema statement without a name: ${statement}`);
  return name;
}

/**
 * Creates what is missing, waits for indexes still being built, then migrates. One read of the
 * schema first: on a current graph (every start but the first) that replaces the seventeen
 * CREATE … IF NOT EXISTS round trips and the wait, ~0.5 s of each writer's start-up.
 * A uniqueness constraint's backing index carries the constraint's name, so SHOW INDEXES lists both kinds.
 */
export async function ensureSchema(graph: Graph): Promise<void> {
  const indexes = await graph.read('SHOW INDEXES YIELD name, state RETURN name, state');
  const online = new Set(indexes.filter((r) => r.state === 'ONLINE').map((r) => r.name as string));
  const present = new Set(indexes.map((r) => r.name as string));
  const missing = schemaStatements.filter((s) => !present.has(schemaNameOf(s)));
  for (const statement of missing) await graph.command(statement);
  if (missing.length || schemaStatements.some((s) => !online.has(schemaNameOf(s)))) await graph.command('CALL db.awaitIndexes(120)');
  await migrate(graph);
}

/**
 * Brings a graph written by an earlier version up to date, in batches of 10,000 nodes; on a
 * current graph, one pass over the events that changes nothing.
 * - `listDate` (session 7): the key event lists sort on, `coalesce(date, firstSeen)`.
 */
async function migrate(graph: Graph): Promise<void> {
  for (;;) {
    const updated = await graph.write(async (tx) => {
      const [row] = await tx.run('MATCH (e:Event) WHERE e.listDate IS NULL AND (e.date IS NOT NULL OR e.firstSeen IS NOT NULL) WITH e LIMIT 10000 SET e.listDate = coalesce(e.date, e.firstSeen) RETURN count(*) AS n');
      return Number(row?.n ?? 0);
    });
    if (updated < 10000) return;
  }
}

/** Delete every node and relationship in batches (one transaction per 10,000 nodes); the schema stays. */
export async function deleteEverything(graph: Graph): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await graph.write(async (tx) => {
      const [row] = await tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
      return Number(row?.n ?? 0);
    });
    total += deleted;
    if (deleted === 0) return total;
  }
}
