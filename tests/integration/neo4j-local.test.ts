/**
 * The local Neo4j manager against a real server: the test profile started by the global setup, and
 * a throwaway profile (temporary home, free ports) for the port-taken error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  localNeo4jStatus,
  localProfile,
  openDriver,
  resolveConnection,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalProfile,
  type Neo4jConnection,
} from '../../src/neo4j/index.js';
import { cleanDatabase, testConnection, testRuns, withDriver } from '../helpers/neo4j.js';

const usesTestProfile = process.env.NEWSGRAPH_TEST_NEO4J_OWNED === '1';
const quiet = (): void => {};

describe('the test Neo4j', () => {
  it('answers RETURN 1 over Bolt', async () => {
    const answer = await withDriver(async (driver) => {
      const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: testConnection().database });
      return records[0]?.get('one');
    });
    expect(answer).toBe(1);
  });

  it('is what resolveConnection() returns inside tests, so code under test never reaches the user\'s server', async () => {
    const conn = await resolveConnection();
    expect(conn.uri).toBe(testConnection().uri);
  });

  it('cleanDatabase deletes every node and relationship', async () => {
    await withDriver(async (driver) => {
      const database = testConnection().database;
      await driver.executeQuery('UNWIND range(1, 25) AS i CREATE (:CleanMe {i: i})-[:NEXT]->(:CleanMe)', {}, { database });
      expect(await cleanDatabase(driver)).toBeGreaterThanOrEqual(50);
      const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database });
      expect(records[0]?.get('nodes')).toBe(0);
    });
  });
});

describe.skipIf(!usesTestProfile)('the local test profile', () => {
  const profile = localProfile('test');

  it('reports itself running on its own ports, with the password that logs in', async () => {
    const status = await localNeo4jStatus(profile);
    expect(status).toMatchObject({
      running: true,
      listening: true,
      uri: 'bolt://127.0.0.1:17687',
      user: 'neo4j',
      browserUrl: 'http://127.0.0.1:17474/browser/',
    });
    expect(status.password).toBe(testConnection().password);
    expect(status.home).not.toBe(localProfile('default').home);
  });

  it('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch((await localNeo4jStatus(profile)).browserUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('is reused, not started twice, by a second start', async () => {
    const before = await localNeo4jStatus(profile);
    const again = await startLocalNeo4j(profile, quiet);
    expect(again).toMatchObject({ started: false, pid: before.pid, uri: before.uri });
  });

  it('requires authentication: a wrong password is refused', async () => {
    const driver = openDriver({ ...testConnection(), password: 'not-the-password' });
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
    }
  });
});

describe('a throwaway profile', () => {
  const homes: string[] = [];
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers) server.close();
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  });

  async function throwawayProfile(name: string): Promise<LocalProfile> {
    const home = mkdtempSync(join(tmpdir(), `newsgraph-neo4j-${name}-`));
    homes.push(home);
    return { name, home, boltPort: await freePort(), httpPort: await freePort() };
  }

  it('says when its port is taken by another program', async () => {
    const profile = await throwawayProfile('port-taken');
    const squatter = await listen(profile.boltPort);
    servers.push(squatter);
    const start = startLocalNeo4j(profile, quiet);
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow(
      `port ${profile.boltPort} (Bolt) of the local Neo4j profile "port-taken" is already in use by another program, not by the Neo4j newsgraph runs from ${profile.home}`,
    );
  });
});

// Last in the file: it restarts the shared test server (one warm start, ~15 s on 2 idle cores), which
// is cheaper than a throwaway profile's two starts. Test files of a run go one at a time, so no other
// file sees the gap, and the server is back up before the next file.
describe.skipIf(!usesTestProfile)('the local test profile across a stop and a start', () => {
  const profile = localProfile('test');

  it('keeps its data, its password and its ports', { timeout: 300_000 }, async (context) => {
    // Another vitest process (another engineer, a watch run) is using this server: do not pull it away.
    const otherRuns = testRuns.others(profile.home, Number(process.env.NEWSGRAPH_TEST_RUN_PID));
    if (otherRuns.length > 0) context.skip(`test run(s) ${otherRuns.join(', ')} share this server`);
    const before = await startLocalNeo4j(profile, quiet);
    const marker = `survivor-${process.pid}-${Date.now()}`;
    await runQuery(before, 'CREATE (:PersistenceProbe {marker: $marker})', { marker });
    try {
      expect(await stopLocalNeo4j(profile)).toBe(true);
      expect((await localNeo4jStatus(profile)).running).toBe(false);

      const after = await startLocalNeo4j(profile, quiet);
      expect(after).toMatchObject({ started: true, uri: before.uri, password: before.password });
      expect(after.pid).not.toBe(before.pid);
      expect(await runQuery(after, 'MATCH (p:PersistenceProbe {marker: $marker}) RETURN p.marker', { marker })).toEqual([marker]);
    } finally {
      const conn = await startLocalNeo4j(profile, quiet);
      await runQuery(conn, 'MATCH (p:PersistenceProbe {marker: $marker}) DELETE p', { marker });
    }
  });
});

async function runQuery(conn: Neo4jConnection, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const driver = openDriver(conn);
  try {
    const { records } = await driver.executeQuery(cypher, params, { database: conn.database });
    return records.map((record) => record.get(0));
  } finally {
    await driver.close();
  }
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listen(0);
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}
