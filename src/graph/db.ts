/**
 * The one place that talks to the Neo4j driver. Everything else hands it Cypher
 * (with parameters) and gets plain objects back. It counts round trips, so tests
 * can check that an API request costs a bounded number of queries.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { GraphError } from '../errors.js';
import { openDriver, type Neo4jConnection } from '../neo4j/connection.js';

export type Row = Record<string, unknown>;

/**
 * Turn driver values (Integers, Nodes, temporal types) into plain JS. Reads return thousands of
 * values (evidence lists), so the common cases (primitives, arrays, maps) come first and cheap.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = plain(value[i]);
    return out;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as Record<string, unknown> & { properties?: Row; labels?: string[] };
  if (v.properties && (v.labels || 'type' in v) && 'elementId' in v) return plain(v.properties);
  if ('year' in v || 'hours' in v) return String(value);
  const out: Row = {};
  for (const k in v) out[k] = plain(v[k]);
  return out;
}

/** Whole numbers at the top level of read parameters go as Cypher integers (LIMIT, SKIP and ranges need them). */
const integerParams = (params: Row): Row =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

/** `DEBUG=newsgraph:cypher` logs each write statement with its time. */
const debugCypher = /newsgraph:(cypher|\*)/.test(process.env.DEBUG ?? '');

/** Tries of a read that fails with a transient error (leader switch, deadlock…), and the wait between them. */
const READ_ATTEMPTS = 4;
const RETRY_DELAY_MS = 200;

const toRows = (records: Neo4jRecord[]): Row[] => records.map((r) => plain(r.toObject()) as Row);

export class Graph {
  /** Cypher round trips sent since creation (or the last `resetRoundTrips`). */
  roundTrips = 0;
  readonly database: string;

  /** Longest a read may run before Neo4j terminates it (ms); undefined = no limit. */
  queryTimeoutMs: number | undefined;

  constructor(
    readonly driver: Driver,
    database = 'neo4j',
  ) {
    this.database = database;
  }

  static connect(conn: Neo4jConnection): Graph {
    return new Graph(openDriver(conn), conn.database);
  }

  resetRoundTrips(): void {
    this.roundTrips = 0;
  }

  /**
   * One read query in an auto-commit transaction, retried on transient errors as a managed one
   * would be. Auto-commit because it is one round trip: a managed transaction (`executeQuery`,
   * `executeRead`) adds a COMMIT round trip, ~1–2 ms on loopback, more than some whole answers.
   * Reads and writes share the driver's bookmark manager: on a cluster, a read sees earlier writes.
   */
  async read(cypher: string, params: Row = {}): Promise<Row[]> {
    this.roundTrips++;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run(cypher, integerParams(params), this.queryTimeoutMs ? { timeout: this.queryTimeoutMs } : undefined);
        return toRows(result.records);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw asGraphError(error);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }

  /** One schema or admin statement (CREATE CONSTRAINT…), routed to the writer. */
  async command(cypher: string, params: Row = {}): Promise<void> {
    this.roundTrips++;
    try {
      await this.driver.executeQuery(cypher, params, { database: this.database, routing: neo4j.routing.WRITE });
    } catch (error) {
      throw asGraphError(error);
    }
  }

  /** One write transaction (auto-retried on transient errors): all of `work` commits, or none of it. */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, bookmarkManager: this.driver.executeQueryBookmarkManager });
    try {
      return await session.executeWrite((tx) => work(new WriteTx(tx, this)));
    } catch (error) {
      throw asGraphError(error);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw asGraphError(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export class WriteTx {
  /** Totals of Neo4j's own update counters over this transaction's statements. */
  nodesCreated = 0;
  relationshipsCreated = 0;
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly graph: Graph,
  ) {}
  async run(cypher: string, params: Row = {}): Promise<Row[]> {
    this.graph.roundTrips++;
    const started = debugCypher ? performance.now() : 0;
    const result = await this.tx.run(cypher, params);
    if (debugCypher) process.stderr.write(`newsgraph:cypher ${(performance.now() - started).toFixed(1)} ms  ${cypher.replace(/\s+/g, ' ').slice(0, 100)}\n`);
    const updates = result.summary.counters.updates();
    this.nodesCreated += updates.nodesCreated;
    this.relationshipsCreated += updates.relationshipsCreated;
    return toRows(result.records);
  }
}

function asGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const e = error as { code?: string; message?: string };
  if (e.code === 'ServiceUnavailable' || /ECONNREFUSED|Could not perform discovery/.test(e.message ?? ''))
    return new GraphError(`cannot reach Neo4j (${e.message ?? 'no answer'}); is it running? Try \`newsgraph neo4j start\` or set NEO4J_URI`, { cause: error });
  if (e.code === 'Neo.ClientError.Security.Unauthorized')
    return new GraphError('Neo4j refused the credentials: check NEO4J_USER / NEO4J_PASSWORD', { cause: error });
  return new GraphError(`Neo4j error${e.code ? ` ${e.code}` : ''}: ${e.message ?? String(error)}`, { cause: error });
}
