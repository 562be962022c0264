/**
 * Measure 5: growth. One graph grows through the given sizes (e.g. 1k → 10k → 100k articles)
 * by ingesting distinct variants of the real articles; at each size: the ingest cost per article
 * of the last increment, the headline query's p50 (as in the README, and on a fixed-size page),
 * and the peak memory of this process (reading,
 * analysing, writing) and of the Neo4j server.
 */
import { headlineQuery } from '../../src/api/examples.js';
import type { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { ingestStream } from '../../src/pipeline.js';
import type { SourceArticle } from '../corpus.js';
import { peakRssMbOf, wipe } from '../neo4j.js';
import { readVariants } from '../inputs.js';
import { apiP50, headlinePageQuery } from './queries.js';

export interface GrowthPoint {
  articles: number;
  /** Milliseconds per article of the increment that reached this size (read + analyse + write). */
  ingestMsPerArticle: number;
  headlineP50Ms: number;
  /** Size of the headline's JSON answer (it grows until the query's page bounds are reached). */
  headlineAnswerKb: number;
  /** The headline on a fixed-size page (`headlinePageQuery`): an answer of the same size at every size. */
  headlinePageP50Ms?: number;
  headlinePageAnswerKb?: number;
  /** Highest resident memory of the benchmark process while ingesting this increment. */
  peakRssMb: number;
  /** Highest resident memory of the Neo4j server since it started (local profile only). */
  neo4jPeakRssMb?: number;
  nodes: number;
  relationships: number;
}

/** Tracks the highest RSS of this process, sampled every `everyMs`. */
export function rssTracker(everyMs = 100): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / (1024 * 1024);
    },
  };
}

/** Articles ingested, then wiped, before the first size is measured. */
const WARMUP_ARTICLES = 300;

export async function measureGrowth(
  graph: Graph,
  sources: readonly SourceArticle[],
  options: {
    sizes: readonly number[];
    batchSize: number;
    neo4jPid?: number;
    log: (message: string) => void;
    headline: { iterations: number; warmup: number };
    /** False when this process has just analysed and written (the analysis and writes measures): the ingest is warm already. */
    warmupIngest?: boolean;
  },
): Promise<GrowthPoint[]> {
  const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  // Warm-up (not counted): the JIT, the lazy gazetteers and Neo4j's query plans would otherwise
  // all land on the first size and make every later size look cheap by comparison.
  if (options.warmupIngest !== false) {
    const warmup = Math.min(WARMUP_ARTICLES, sizes[0]!);
    options.log(`growth: warming up on ${warmup} articles (not counted)…`);
    await wipe(graph);
    await ingestStream(new GraphWriter(graph), readVariants(sources, warmup, 0), { batchSize: options.batchSize });
  }
  // The reads warm up too, on the warm-up's graph or the one the previous measure left: the first
  // size's latencies would otherwise include Neo4j compiling the read path (one run measured the
  // same 1k headline at 15.0 and 28.9 ms).
  for (const query of [headlineQuery, headlinePageQuery]) await apiP50(graph, query, options.headline);
  await wipe(graph);
  const writer = new GraphWriter(graph); // one writer for the whole stream, as one long ingest process
  const points: GrowthPoint[] = [];
  let done = 0;
  for (const size of sizes) {
    const count = size - done;
    const rss = rssTracker();
    const started = performance.now();
    let lastLog = started;
    const summary = await ingestStream(writer, readVariants(sources, count, done), {
      batchSize: options.batchSize,
      onProgress: (s) => {
        if (performance.now() - lastLog < 30_000) return;
        lastLog = performance.now();
        options.log(`growth: ${done + s.written}/${size} articles, ${((performance.now() - started) / s.written).toFixed(1)} ms/article`);
      },
    });
    const ms = performance.now() - started;
    const peakRssMb = rss.stop();
    if (summary.failed.length || summary.written !== count)
      throw new Error(`growth ingest wrote ${summary.written} of ${count} articles; failures: ${summary.failed.slice(0, 3).map((e) => e.message).join('; ')}`);
    done = size;
    const [counts] = await graph.read('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    const neo4jPeak = options.neo4jPid ? peakRssMbOf(options.neo4jPid) : undefined;
    const headline = await apiP50(graph, headlineQuery, options.headline);
    const page = await apiP50(graph, headlinePageQuery, options.headline);
    points.push({
      articles: size,
      ingestMsPerArticle: ms / count,
      headlineP50Ms: headline.p50Ms,
      headlineAnswerKb: headline.answerKb,
      headlinePageP50Ms: page.p50Ms,
      headlinePageAnswerKb: page.answerKb,
      peakRssMb,
      ...(neo4jPeak !== undefined ? { neo4jPeakRssMb: neo4jPeak } : {}),
      nodes: Number(counts?.nodes ?? 0),
      relationships: Number(counts?.relationships ?? 0),
    });
    options.log(`growth: ${size} articles in the graph (${points.at(-1)!.nodes} nodes), ${points.at(-1)!.ingestMsPerArticle.toFixed(1)} ms/article`);
  }
  return points;
}
