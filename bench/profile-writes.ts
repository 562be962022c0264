/**
 * Where GraphWriter's time goes, statement by statement, from Neo4j's own figures:
 *
 *   npx tsx bench/profile-writes.ts [--articles 150] [--batch 50] [--top 12] [--keep]
 *
 * Writes new article variants (never in the graph yet) into whatever the bench database holds,
 * through a Graph whose write transactions run every statement with PROFILE, and prints per
 * statement: calls, rows sent, client wall time, server time (Neo4j's resultAvailableAfter +
 * resultConsumedAfter), database hits and the operator with most hits; then how the batch time
 * splits into planning (resolution + candidate-event read, in this process), statements and commit.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { Graph, WriteTx, type Row } from '../src/graph/db.js';
import { GraphWriter } from '../src/graph/write.js';
import { loadCorpus } from './corpus.js';
import { analysedVariants } from './inputs.js';
import { openBenchDatabase } from './neo4j.js';

interface PlanStep {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanStep[];
}

interface StatementStats {
  calls: number;
  rows: number;
  wallMs: number;
  serverMs: number;
  dbHits: number;
  byOperator: Map<string, number>;
}

function walk(step: PlanStep, visit: (s: PlanStep) => void): void {
  visit(step);
  for (const child of step.children ?? []) walk(child, visit);
}

/** A Graph whose write statements run with PROFILE and are tallied by their first line. */
class ProfilingGraph extends Graph {
  readonly statements = new Map<string, StatementStats>();
  transactionMs = 0;
  statementMs = 0;

  override async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    const started = performance.now();
    try {
      return await session.executeWrite((tx) => work(new WriteTx(this.profiled(tx), this)));
    } finally {
      this.transactionMs += performance.now() - started;
      await session.close();
    }
  }

  private profiled(tx: ManagedTransaction): ManagedTransaction {
    const run = async (cypher: string, params: Row = {}): Promise<QueryResult> => {
      const started = performance.now();
      const result = await tx.run(`PROFILE ${cypher}`, params);
      const wall = performance.now() - started;
      this.statementMs += wall;
      const key = cypher.replace(/\s+/g, ' ').trim().slice(0, 90);
      const stats = this.statements.get(key) ?? { calls: 0, rows: 0, wallMs: 0, serverMs: 0, dbHits: 0, byOperator: new Map() };
      stats.calls++;
      stats.rows += Object.values(params).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
      stats.wallMs += wall;
      const s = result.summary as unknown as { resultAvailableAfter: number; resultConsumedAfter: number; profile: PlanStep | false };
      stats.serverMs += Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter);
      if (s.profile)
        walk(s.profile, (step) => {
          stats.dbHits += step.dbHits;
          const op = step.operatorType.replace(/@.*$/, '');
          stats.byOperator.set(op, (stats.byOperator.get(op) ?? 0) + step.dbHits);
        });
      this.statements.set(key, stats);
      return result;
    };
    return { run } as unknown as ManagedTransaction;
  }
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const articles = option('--articles', 150);
const batchSize = option('--batch', 50);
const top = option('--top', 12);

const log = (m: string) => process.stderr.write(`[profile-writes] ${m}\n`);
const db = await openBenchDatabase(log);
const graph = new ProfilingGraph(db.graph.driver, db.graph.database);
try {
  const [before] = await graph.read('MATCH (a:Article) RETURN count(a) AS articles');
  const sources = await loadCorpus();
  // Copies far beyond any growth run, so every article is new to the graph.
  const start = sources.length * (10_000 + Math.floor(Date.now() / 1000) % 10_000);
  const analysed = analysedVariants(sources, articles, start);

  const writer = new GraphWriter(graph);
  await writer.init();
  let planMs = 0;
  let batchMs = 0;
  for (let b = 0; b < analysed.length; b += batchSize) {
    const batch = analysed.slice(b, b + batchSize);
    let started = performance.now();
    await writer.plan(batch); // the same planning writeBatch does first (timed apart here)
    planMs += performance.now() - started;
    started = performance.now();
    await writer.writeBatch(batch);
    batchMs += performance.now() - started;
  }
  const statementMs = graph.statementMs;
  const txMs = graph.transactionMs;
  process.stdout.write(
    `${analysed.length} new articles in batches of ${batchSize} into a graph of ${String(before?.articles ?? 0)} articles (Neo4j ${db.version})\n` +
      `writeBatch total ${batchMs.toFixed(0)} ms: planning ≈ ${planMs.toFixed(0)} ms (resolution + candidate events, timed apart), ` +
      `write transactions ${txMs.toFixed(0)} ms, of which PROFILEd statements ${statementMs.toFixed(0)} ms ` +
      `(server ${[...graph.statements.values()].reduce((n, s) => n + s.serverMs, 0).toFixed(0)} ms)\n\n`,
  );
  const rows = [...graph.statements.entries()].sort((a, b) => b[1].wallMs - a[1].wallMs).slice(0, top);
  process.stdout.write('wall ms  server ms  calls   rows   db hits  top operator (hits)              statement\n');
  for (const [key, s] of rows) {
    const [op, hits] = [...s.byOperator.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    process.stdout.write(
      `${s.wallMs.toFixed(0).padStart(7)}  ${s.serverMs.toFixed(0).padStart(9)}  ${String(s.calls).padStart(5)}  ${String(s.rows).padStart(5)}  ${String(s.dbHits).padStart(8)}  ${`${op} (${hits})`.padEnd(32)} ${key}\n`,
    );
  }
} finally {
  // Closes the driver (shared with `graph`); stops the server only if this run started it.
  await db.close(args.includes('--keep'));
}
