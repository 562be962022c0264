/**
 * Measure 2: write throughput. `GraphWriter.writeBatch` on pre-analysed articles against the
 * cheapest possible write of the same data: a bare `UNWIND … CREATE` of as many nodes and
 * relationships as the writer's patches hold, with the same rows as properties, in the same
 * batches (one transaction each). The ratio says what resolution, MERGE and bookkeeping cost.
 */
import type { Graph, Row } from '../../src/graph/db.js';
import type { GraphPatch } from '../../src/graph/patch.js';
import { GraphWriter } from '../../src/graph/write.js';
import type { AnalysedArticle } from '../../src/ingest/types.js';
import { wipe } from '../neo4j.js';
import { summarise, type Summary } from '../stats.js';

export interface BareWrite {
  nodes: Row[];
  relationships: Array<{ from: string; to: string; props: Row }>;
}

export interface WritesResult {
  articles: number;
  batchSize: number;
  /** Nodes and relationships in the patches (what the bare write creates). */
  nodes: number;
  relationships: number;
  writerMs: Summary;
  bareMs: Summary;
  articlesPerSecond: number;
  bareArticlesPerSecond: number;
  /** writer speed / bare CREATE speed (1 = as fast as the bare write). */
  ratioToBareCreate: number;
}

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * The nodes and relationships a batch of patches describes: one node per id not created by an
 * earlier batch (`created`, updated here; as the writer's MERGE makes), and one relationship per
 * row (HAS_SENTENCE, REPORTS, semantic, MENTIONS).
 */
export function bareWriteOf(patches: readonly GraphPatch[], created: Set<string> = new Set()): BareWrite {
  const nodes: Row[] = [];
  const relationships: BareWrite['relationships'] = [];
  const node = (row: { id: string }) => {
    if (created.has(row.id)) return;
    created.add(row.id);
    nodes.push({ ...row });
  };
  for (const p of patches) {
    node(p.article);
    for (const s of p.sentences) {
      node(s);
      relationships.push({ from: p.article.id, to: s.id, props: {} });
    }
    p.entities.forEach(node);
    p.events.forEach(node);
    for (const r of p.reports) relationships.push({ from: p.article.id, to: r.event, props: { status: r.status, date: r.date, evidence: r.evidence } });
    for (const r of p.relationships)
      relationships.push({ from: r.from, to: r.to, props: { key: r.key, role: r.role, title: r.title, channel: r.channel, evidence: r.evidence, confidence: r.confidence } });
    for (const m of p.mentions) relationships.push({ from: m.sentence, to: m.target, props: {} });
  }
  return { nodes, relationships };
}

async function bareCreate(graph: Graph, write: BareWrite): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run('UNWIND $rows AS row CREATE (n:BenchNode) SET n = row', { rows: write.nodes });
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:BenchNode {id: row.from}) MATCH (b:BenchNode {id: row.to})
       CREATE (a)-[r:BENCH_REL]->(b) SET r = row.props`,
      { rows: write.relationships },
    );
  });
}

export async function measureWrites(
  graph: Graph,
  analysed: readonly AnalysedArticle[],
  options: { runs: number; warmup: number; batchSize: number },
): Promise<WritesResult> {
  const batches = chunks(analysed, options.batchSize);

  // The patches as the writer plans them on an empty graph (resolution needs the database).
  await wipe(graph);
  const planner = new GraphWriter(graph);
  const bare: BareWrite[] = [];
  const created = new Set<string>();
  for (const batch of batches) bare.push(bareWriteOf(await planner.plan(batch), created));
  // The bare write gets what makes its MATCHes fair: an index on the id it matches by.
  await graph.command('CREATE INDEX bench_node_id IF NOT EXISTS FOR (n:BenchNode) ON (n.id)');
  await graph.command('CALL db.awaitIndexes(120)');

  const writerRuns: number[] = [];
  const bareRuns: number[] = [];
  // The first runs warm up Neo4j (query planning, JIT, page cache) and are not counted: the
  // writer's first runs after a start are up to 3x slower than its later ones, the bare CREATE's not.
  for (let run = -options.warmup; run < options.runs; run++) {
    await wipe(graph);
    const writer = new GraphWriter(graph);
    await writer.init(); // schema and resolver seeding: once per process, not per batch
    let started = performance.now();
    for (const batch of batches) await writer.writeBatch(batch);
    if (run >= 0) writerRuns.push(performance.now() - started);

    await wipe(graph);
    started = performance.now();
    for (const write of bare) await bareCreate(graph, write);
    if (run >= 0) bareRuns.push(performance.now() - started);
  }
  await wipe(graph);
  await graph.command('DROP INDEX bench_node_id IF EXISTS');

  const writerMs = summarise(writerRuns);
  const bareMs = summarise(bareRuns);
  return {
    articles: analysed.length,
    batchSize: options.batchSize,
    nodes: bare.reduce((n, b) => n + b.nodes.length, 0),
    relationships: bare.reduce((n, b) => n + b.relationships.length, 0),
    writerMs,
    bareMs,
    articlesPerSecond: analysed.length / (writerMs.median / 1000),
    bareArticlesPerSecond: analysed.length / (bareMs.median / 1000),
    ratioToBareCreate: bareMs.median / writerMs.median,
  };
}
