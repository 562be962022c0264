/**
 * Where each benchmarked GraphQL request spends its time, on whatever graph the bench database holds:
 *
 *   npx tsx bench/profile-queries.ts [--keep]
 *
 * For each case of measure/queries.ts: the Cypher reads the API sends (in order, with their client
 * time, Neo4j's server time and database hits under PROFILE), against the same for the one
 * hand-written query. Reads run with PROFILE, so times are a little higher than in the benchmark.
 */
import { createApi } from '../src/api/server.js';
import { Graph, plain, type Row } from '../src/graph/db.js';
import { prepareQueryCases, runGraphql } from './measure/queries.js';
import { openBenchDatabase } from './neo4j.js';

interface PlanStep {
  dbHits: number;
  children: PlanStep[];
}
interface ReadRecord {
  cypher: string;
  wallMs: number;
  serverMs: number;
  dbHits: number;
  rows: number;
}

const hitsOf = (step: PlanStep): number => step.dbHits + (step.children ?? []).reduce((n, c) => n + hitsOf(c), 0);

/** A Graph whose reads run with PROFILE and are recorded. */
class ProfilingGraph extends Graph {
  reads: ReadRecord[] = [];
  override async read(cypher: string, params: Row = {}): Promise<Row[]> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const started = performance.now();
    try {
      const integerParams = Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? (BigInt(v) as unknown) : v]),
      );
      const result = await session.run(`PROFILE ${cypher}`, integerParams);
      const s = result.summary as unknown as { resultAvailableAfter: number; resultConsumedAfter: number; profile: PlanStep | false };
      this.reads.push({
        cypher: cypher.replace(/\s+/g, ' ').trim().slice(0, 80),
        wallMs: performance.now() - started,
        serverMs: Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter),
        dbHits: s.profile ? hitsOf(s.profile) : 0,
        rows: result.records.length,
      });
      return result.records.map((r) => plain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }
}

const log = (m: string) => process.stderr.write(`[profile-queries] ${m}\n`);
const db = await openBenchDatabase(log);
const graph = new ProfilingGraph(db.graph.driver, db.graph.database);
try {
  const [size] = await db.graph.read('MATCH (a:Article) RETURN count(a) AS articles');
  process.stdout.write(`graph of ${String(size?.articles)} articles (Neo4j ${db.version})\n`);
  const api = createApi(graph);
  for (const c of await prepareQueryCases(db.graph)) {
    await runGraphql(api, c.graphql, c.variables); // warm plans and caches
    await graph.read(c.cypher, c.params);
    graph.reads = [];
    let started = performance.now();
    await runGraphql(api, c.graphql, c.variables);
    const apiMs = performance.now() - started;
    const apiReads = graph.reads;
    graph.reads = [];
    started = performance.now();
    await graph.read(c.cypher, c.params);
    const cypherMs = performance.now() - started;
    const handRead = graph.reads[0]!;
    const sum = (rs: ReadRecord[], k: 'wallMs' | 'serverMs' | 'dbHits') => rs.reduce((n, r) => n + r[k], 0);
    process.stdout.write(
      `\n${c.name}: API ${apiMs.toFixed(1)} ms in ${apiReads.length} reads (Cypher wall ${sum(apiReads, 'wallMs').toFixed(1)} ms, server ${sum(apiReads, 'serverMs')} ms, ${sum(apiReads, 'dbHits')} db hits); ` +
        `hand-written ${cypherMs.toFixed(1)} ms (server ${handRead.serverMs} ms, ${handRead.dbHits} db hits)\n`,
    );
    for (const r of apiReads)
      process.stdout.write(`  ${r.wallMs.toFixed(1).padStart(7)} ms  server ${String(r.serverMs).padStart(4)} ms  ${String(r.dbHits).padStart(8)} hits  ${String(r.rows).padStart(4)} rows  ${r.cypher}\n`);
  }
} finally {
  await db.close(process.argv.includes('--keep'));
}
