/**
 * The benchmark's own Neo4j: a local profile `bench` (its own ports and data folder, so a run never
 * touches the user's graph or the tests'), or the server `NEO4J_URI` names. Every measure starts
 * from an empty database, so the benchmark wipes it: only its own profile, or a server given by
 * `NEO4J_URI` when `NEWSGRAPH_BENCH_WIPE=1` says it is disposable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../src/errors.js';
import { Graph } from '../src/graph/db.js';
import {
  cacheRoot,
  connectionFromEnv,
  NEO4J_VERSION,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalProfile,
  type Neo4jConnection,
} from '../src/neo4j/index.js';

/** Ports apart from the built-in profiles (default 7687/7474, test 17687/17474). */
export function benchProfile(env: NodeJS.ProcessEnv = process.env): LocalProfile {
  return { name: 'bench', boltPort: 37687, httpPort: 37474, home: join(cacheRoot(env), 'profiles', 'bench') };
}

export interface BenchDatabase {
  graph: Graph;
  conn: Neo4jConnection;
  /** Server version as it reports it. */
  version: string;
  /** Pid of the local server (for its memory), when it is the bench profile's. */
  pid?: number;
  /** Stops the server if this run started it (unless `keep`). */
  close(keep: boolean): Promise<void>;
}

export async function openBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const external = connectionFromEnv();
  if (external && process.env.NEWSGRAPH_BENCH_WIPE !== '1')
    throw new ConfigError(
      `NEO4J_URI is set (${external.uri}) and the benchmark empties its database before each measure: set NEWSGRAPH_BENCH_WIPE=1 if that server is disposable, or unset NEO4J_URI to use the local "bench" profile`,
    );
  const profile = benchProfile();
  const server = external ? undefined : await startLocalNeo4j(profile, log);
  const conn = external ?? server!;
  const graph = Graph.connect(conn);
  const [row] = await graph.read('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition');
  return {
    graph,
    conn,
    version: row ? `${String(row.version)} ${String(row.edition)}` : NEO4J_VERSION,
    ...(server ? { pid: server.pid } : {}),
    async close(keep) {
      await graph.close();
      if (server?.started && !keep) await stopLocalNeo4j(profile, log);
    },
  };
}

/**
 * Delete every node and relationship (constraints and indexes stay), 10 000 at a time.
 * Relationships go first: a DETACH DELETE batch holding a country or a big event node would
 * take all of its tens of thousands of relationships into one transaction and can exceed
 * Neo4j's transaction memory on a large graph.
 */
export async function wipe(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Peak resident memory of a process so far (Linux `VmHWM`), in MB; undefined elsewhere. */
export function peakRssMbOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
