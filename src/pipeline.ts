/**
 * The whole pipeline in one place: read → analyse → resolve + write.
 * The CLI and the API's mutations both call it.
 */
import type { InputError } from './errors.js';
import type { AnalysisPool } from './ingest/analyse/pool.js';
import { readText, type ReadResult } from './ingest/read/index.js';
import type { AnalysedArticle, Article } from './ingest/types.js';
import type { Graph, Row } from './graph/db.js';
import { GraphWriter, type BatchSummary } from './graph/write.js';

export interface IngestSummary {
  /** Articles read successfully. */
  read: number;
  written: number;
  unchanged: number;
  /** Inputs (or items) that could not be read, each naming the input and the reason. */
  failed: InputError[];
  nodesCreated: number;
  relationshipsCreated: number;
  created: Record<string, number>;
  matched: Record<string, number>;
  ms: number;
}

export const emptySummary = (): IngestSummary => ({
  read: 0,
  written: 0,
  unchanged: 0,
  failed: [],
  nodesCreated: 0,
  relationshipsCreated: 0,
  created: {},
  matched: {},
  ms: 0,
});

export function addBatch(summary: IngestSummary, batch: BatchSummary): void {
  summary.written += batch.written;
  summary.unchanged += batch.unchanged;
  summary.nodesCreated += batch.nodesCreated;
  summary.relationshipsCreated += batch.relationshipsCreated;
  for (const [k, v] of Object.entries(batch.created)) summary.created[k] = (summary.created[k] ?? 0) + v;
  for (const [k, v] of Object.entries(batch.matched)) summary.matched[k] = (summary.matched[k] ?? 0) + v;
}

/**
 * Articles per write transaction. A batch costs per statement more than per row, so bigger
 * batches write faster (50 → 200: about 1.5× end to end, BENCHMARKS.md); memory holds about three.
 */
export const DEFAULT_BATCH_SIZE = 200;

export interface StreamOptions {
  /** Articles per write transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Analyse on worker threads (all cores); without it, analysis runs on this thread. */
  pool?: AnalysisPool;
  /** Called with the running summary after each article read, batch written and failed input (throttle it). */
  onProgress?: (summary: IngestSummary) => void;
  /** Stop cleanly after the current batch when aborted (Ctrl-C): nothing half-written. */
  signal?: AbortSignal;
}

/**
 * Analysis on this thread, with the analyser loaded on first use: a process that analyses on a
 * pool's workers never loads wink's model and the gazetteers (memory, and GC time, on the thread
 * that writes).
 */
let localAnalyser: Promise<typeof import('./ingest/analyse/index.js')> | undefined;
async function analyseHere(article: Article): Promise<AnalysedArticle> {
  localAnalyser ??= import('./ingest/analyse/index.js');
  return (await localAnalyser).analyse(article);
}

/**
 * Ingest a stream of read results in batches: each batch is one transaction. Without a writer,
 * analyse only (dry run).
 *
 * Analysis and writing overlap: while batch n is being written, the articles of batch n+1 are
 * read and analysed (on the pool's workers, or on this thread while Neo4j works). Writes stay
 * one at a time, in order, because each batch's resolution must see what the previous one wrote.
 * Memory is bounded by the analysis window, the batch being filled and the batch being written.
 */
export async function ingestStream(
  writer: GraphWriter | null,
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: StreamOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // With workers, keep a whole batch in analysis so the next batch is ready when a write ends.
  const window = options.pool ? Math.max(options.pool.size * 4, batchSize) : 1;
  const inFlight: Array<Promise<AnalysedArticle>> = [];
  let batch: AnalysedArticle[] = [];
  let writing: Promise<void> = Promise.resolve();

  const write = async (full: AnalysedArticle[]) => {
    if (writer) addBatch(summary, await writer.writeBatch(full));
    summary.ms = performance.now() - started;
    options.onProgress?.(summary);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await writing; // the previous batch is committed (or its error surfaces here)
    writing = write(full);
    writing.catch(() => undefined); // handled when awaited next; not an unhandled rejection meanwhile
  };
  const takeOne = async () => {
    batch.push(await inFlight.shift()!);
    if (batch.length >= batchSize) await flush();
  };

  for await (const result of results) {
    if (options.signal?.aborted) break;
    if (!result.ok) {
      summary.failed.push(result.error);
      summary.ms = performance.now() - started;
      options.onProgress?.(summary);
      continue;
    }
    summary.read++;
    summary.ms = performance.now() - started;
    options.onProgress?.(summary);
    const analysed = options.pool ? options.pool.analyse(result.article) : analyseHere(result.article);
    analysed.catch(() => undefined); // a failure surfaces when its turn comes (takeOne), not as an unhandled rejection
    inFlight.push(analysed);
    while (inFlight.length >= window) await takeOne();
  }
  // Articles already read are finished and written even when stopping: the next run skips them.
  while (inFlight.length) await takeOne();
  await flush();
  await writing;
  summary.ms = performance.now() - started;
  return summary;
}

/** What the API's ingest mutations need. */
export class IngestService {
  readonly writer: GraphWriter;
  constructor(readonly graph: Graph) {
    this.writer = new GraphWriter(graph);
  }

  /** Ingest articles given as objects (`{title, publishedAt, text|html, url?, source?}`), in one transaction. */
  async ingestInputs(inputs: Row[]) {
    const results = inputs.flatMap((input, i) => readText(JSON.stringify(input), `input#${i}`, 'json'));
    const articles = results.filter((r): r is { ok: true; article: Article } => r.ok).map((r) => r.article);
    const summary = await ingestStream(this.writer, results, { batchSize: Math.max(1, articles.length) });
    const rows = articles.map((a) => ({ id: a.id, title: a.title, url: a.url ?? null, publishedAt: a.publishedAt, publisher: a.publisher ?? null, input: a.input, __typename: 'Article' }));
    return {
      written: summary.written,
      unchanged: summary.unchanged,
      errors: summary.failed.map((e) => e.message),
      nodesCreated: summary.nodesCreated,
      relationshipsCreated: summary.relationshipsCreated,
      articles: rows,
    };
  }
}
