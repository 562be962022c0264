/**
 * A connection to Neo4j as data (`Neo4jConnection`), where it comes from when `NEO4J_URI` is set,
 * the driver built from it, and the readiness check used after starting a server.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, GraphError } from '../errors.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Neo4j Browser, when the server serves it (the local one does). */
  browserUrl?: string;
  /** Where it came from, for messages: `NEO4J_URI` or `local profile "default"`. */
  origin?: string;
}

/** The connection described by `NEO4J_URI` (+ `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`), if set. */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must be a bolt:// or neo4j:// URI (optionally +s or +ssc), found "${uri}"`);
  }
  return {
    uri,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || 'neo4j',
    origin: 'NEO4J_URI',
  };
}

/** A driver for the connection; integers come back as JS numbers (graph ids and counts fit in 2^53). */
export function openDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    userAgent: 'newsgraph',
  });
}

export interface WaitOptions {
  timeoutMs: number;
  /** Rejects or resolves when the server process ends: stop waiting at once. */
  exited?: Promise<string>;
  /** Added to every failure message (e.g. "see <log file>"). */
  hint?: string;
}

/**
 * Waits until the server runs `RETURN 1` on the connection's database. Refused connections are
 * retried until the timeout; a refused login or an exited server fails at once.
 */
export async function waitForNeo4j(conn: Neo4jConnection, { timeoutMs, exited, hint = '' }: WaitOptions): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited?.then((reason) => (exitReason = reason));
  const driver = openDriver(conn);
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      if (exitReason !== undefined) {
        throw new GraphError(`Neo4j exited during start-up (${exitReason})${hint}`);
      }
      try {
        await probe(driver, conn.database);
        return;
      } catch (error) {
        if (isAuthFailure(error)) {
          throw new GraphError(`Neo4j at ${conn.uri} refused the login of user "${conn.user}": ${(error as Error).message}${hint}`, { cause: error });
        }
        lastError = error;
      }
      await sleep(500);
    }
  } finally {
    await driver.close();
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new GraphError(`Neo4j did not answer on ${conn.uri} within ${Math.round(timeoutMs / 1000)} s${reason}${hint}`, { cause: lastError });
}

/** One `RETURN 1` in an auto-commit transaction: unlike executeQuery, it is not retried for 30 s. */
async function probe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('RETURN 1 AS ok');
  } finally {
    await session.close();
  }
}

function isAuthFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
}
