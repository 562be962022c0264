/**
 * The Neo4j of the test run (started by tests/setup/neo4j.ts), for integration tests:
 *
 *   const driver = ...; await withDriver(async (driver) => { await cleanDatabase(driver); ... });
 */
import type { Driver } from 'neo4j-driver';
import { openDriver, type Neo4jConnection } from '../../src/neo4j/index.js';

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
