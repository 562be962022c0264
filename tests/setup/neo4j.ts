/**
 * vitest globalSetup: gives integration tests a Neo4j.
 *
 * - `NEO4J_URI` set: the tests use that server. Nothing is started; tests must clean up their own
 *   data there, and `cleanDatabase` refuses to wipe it unless `NEWSGRAPH_TEST_NEO4J_WIPE=1`.
 * - otherwise: the local `test` profile (ports 17687/17474, own data folder) is started, or reused
 *   when already running. Teardown stops it only when no other test run still uses it and a test run
 *   (not the user) started it, unless `NEWSGRAPH_TEST_NEO4J_KEEP=1` keeps it up for the next run.
 * - a run of unit tests only (every selected file under tests/unit/) starts nothing, nor does
 *   `NEWSGRAPH_TEST_NEO4J=off` (integration tests then fail, saying there is no test Neo4j).
 *
 * The connection reaches test files (and any CLI they spawn) through the environment, which workers
 * inherit: `NEWSGRAPH_TEST_NEO4J_URI/USER/PASSWORD/DATABASE`, and `NEO4J_URI/USER/PASSWORD/DATABASE`
 * so that code under test calling `resolveConnection()` lands on the test server, never the user's.
 */
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectionFromEnv, localProfile, startLocalNeo4j, stopLocalNeo4j, type Neo4jConnection } from '../../src/neo4j/index.js';
import { withLock } from '../../src/neo4j/lock.js';
import { testRuns } from '../helpers/neo4j.js';

const log = (message: string): void => {
  process.stderr.write(`[neo4j] ${message}\n`);
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = connectionFromEnv();
  if (external) {
    log(`NEO4J_URI is set: integration tests use ${external.uri} (they clean up their own data there).`);
    expose(external, { owned: false });
    return async () => {};
  }
  if (process.env.NEWSGRAPH_TEST_NEO4J === 'off' || !(await runsIntegrationTests(project))) return async () => {};

  const profile = localProfile('test');
  // One lock around "join + start" and "leave + maybe stop", so a run never reuses a server that
  // another run is about to stop.
  const runsLock = join(profile.home, 'test-runs.lock');
  const server = await withLock(runsLock, async () => {
    testRuns.join(profile.home);
    const started = await startLocalNeo4j(profile, log);
    if (started.started) testRuns.markStartedByTests(profile.home);
    return started;
  });
  expose(server, { owned: true });
  process.env.NEWSGRAPH_TEST_RUN_PID = String(process.pid);
  return async () => {
    await withLock(runsLock, async () => {
      testRuns.leave(profile.home);
      const others = testRuns.others(profile.home, process.pid);
      if (others.length > 0) {
        log(`Leaving the test Neo4j running for the other test run(s): pid ${others.join(', ')}.`);
      } else if (testRuns.startedByTests(profile.home) && process.env.NEWSGRAPH_TEST_NEO4J_KEEP !== '1') {
        await stopLocalNeo4j(profile, log);
        testRuns.clearStartedByTests(profile.home);
      }
    });
  };
}

function expose(conn: Neo4jConnection, { owned }: { owned: boolean }): void {
  Object.assign(process.env, {
    NEWSGRAPH_TEST_NEO4J_URI: conn.uri,
    NEWSGRAPH_TEST_NEO4J_USER: conn.user,
    NEWSGRAPH_TEST_NEO4J_PASSWORD: conn.password,
    NEWSGRAPH_TEST_NEO4J_DATABASE: conn.database,
    // Set only when the server is the test profile's own, whose data tests may wipe.
    NEWSGRAPH_TEST_NEO4J_OWNED: owned ? '1' : '0',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
  });
}

/**
 * Whether any selected test file lies outside tests/unit/. The CLI filters live on an internal
 * field of vitest; without it every test file counts, which errs on the side of starting Neo4j.
 */
async function runsIntegrationTests(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  const root = project.config.root;
  return testFiles.some((file) => !relative(root, file).split('\\').join('/').startsWith('tests/unit/'));
}
