/**
 * The Neo4j of the test run (started by tests/setup/neo4j.ts), for integration tests:
 *
 *   const driver = ...; await withDriver(async (driver) => { await cleanDatabase(driver); ... });
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/db.js';
import { openDriver, type Neo4jConnection } from '../../src/neo4j/index.js';
import { isAlive } from '../../src/neo4j/process.js';

/** The test server's connection, as exposed by the global setup. */
export function testConnection(): Neo4jConnection {
  const env = process.env;
  if (!env.NEWSGRAPH_TEST_NEO4J_URI) {
    throw new Error(
      'no test Neo4j: tests/setup/neo4j.ts did not run or started nothing (it skips runs of tests/unit/ only, and NEWSGRAPH_TEST_NEO4J=off). Run the file with vitest from the repository root.',
    );
  }
  return {
    uri: env.NEWSGRAPH_TEST_NEO4J_URI,
    user: env.NEWSGRAPH_TEST_NEO4J_USER ?? 'neo4j',
    password: env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? '',
    database: env.NEWSGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j',
  };
}

/** An emptied test database and a Graph on it (the caller closes it): the set-up of a file of graph tests. */
export async function connectCleanGraph(): Promise<Graph> {
  await withDriver(cleanDatabase);
  return Graph.connect(testConnection());
}

/** Runs `fn` with a driver on the test server, closing it afterwards. */
export async function withDriver<T>(fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = openDriver(testConnection());
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

/**
 * Deletes every node and relationship of the test database, 10 000 nodes per transaction; keeps
 * constraints and indexes. Returns how many nodes it deleted. Refuses on a server given by
 * `NEO4J_URI` (it may hold someone's data) unless `NEWSGRAPH_TEST_NEO4J_WIPE=1`.
 */
export async function cleanDatabase(driver: Driver): Promise<number> {
  if (process.env.NEWSGRAPH_TEST_NEO4J_OWNED !== '1' && process.env.NEWSGRAPH_TEST_NEO4J_WIPE !== '1') {
    throw new Error(
      `cleanDatabase would delete every node of ${process.env.NEWSGRAPH_TEST_NEO4J_URI ?? 'the server'}, which the tests did not start (NEO4J_URI is set). ` +
        'Set NEWSGRAPH_TEST_NEO4J_WIPE=1 if that server is disposable, or delete only the data the test created.',
    );
  }
  const session = driver.session({ database: testConnection().database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    const result = await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    return result.summary.counters.updates().nodesDeleted;
  } finally {
    await session.close();
  }
}

/**
 * Test runs sharing the local test server. Two vitest processes on one machine (two engineers, or a
 * watch run and a full run) share the `test` profile: each registers a lease file named after its
 * pid, and only the last one out stops the server, and only if a test run started it.
 */
export const testRuns = {
  dir: (home: string): string => join(home, 'test-runs'),

  /** Registers this run; returns the pids of the other live runs. */
  join(home: string, pid: number = process.pid): number[] {
    mkdirSync(testRuns.dir(home), { recursive: true });
    writeFileSync(join(testRuns.dir(home), String(pid)), '');
    return testRuns.others(home, pid);
  },

  leave(home: string, pid: number = process.pid): void {
    rmSync(join(testRuns.dir(home), String(pid)), { force: true });
  },

  /** Live runs other than `pid`; leases of runs that died are removed on the way. */
  others(home: string, pid: number): number[] {
    let names: string[];
    try {
      names = readdirSync(testRuns.dir(home));
    } catch {
      return [];
    }
    const live: number[] = [];
    for (const name of names) {
      const other = Number(name);
      if (other === pid) continue;
      if (Number.isInteger(other) && isAlive(other)) live.push(other);
      else rmSync(join(testRuns.dir(home), name), { force: true });
    }
    return live;
  },

  /** Marks the server as started by a test run (not by a user), so the last run out may stop it. */
  markStartedByTests: (home: string): void => writeFileSync(join(home, 'started-by-tests'), ''),

  startedByTests: (home: string): boolean => existsSync(join(home, 'started-by-tests')),

  clearStartedByTests: (home: string): void => rmSync(join(home, 'started-by-tests'), { force: true }),
};
