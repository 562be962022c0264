/**
 * Measure 3: end-to-end ingest, files → Neo4j, through the same code as `newsgraph ingest`:
 * `readInputs` (a JSON Lines file, streamed) → `ingestStream` with an `AnalysisPool` (analyse on
 * worker threads, resolve, write in batches).
 *
 *   throughput   1 worker vs all workers (and the CLI's default, one per core but one), runs
 *                interleaved, median of each
 *   memory       the real binary (`node <build>/cli/index.js ingest --quiet file.jsonl`) on N and
 *                10·N articles in a child process: its peak RSS (Linux VmHWM), which counts the
 *                main thread and the workers, as the operating system sees the command
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { nlp } from '../../src/ingest/analyse/nlp.js';
import { AnalysisPool, defaultWorkerCount } from '../../src/ingest/analyse/pool.js';
import { readInputs } from '../../src/ingest/read/index.js';
import type { Neo4jConnection } from '../../src/neo4j/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { peakRssMbOf, wipe } from '../neo4j.js';
import { summarise, type Summary } from '../stats.js';
import type { ArticleInput } from '../variants.js';

export interface WorkerRun {
  /** Analysis worker threads. */
  workers: number;
  ms: Summary;
  articlesPerSecond: number;
}

export interface EndToEndResult {
  articles: number;
  batchSize: number;
  /** wink tokens per article, averaged over the input. */
  avgTokensPerArticle: number;
  /** Workers of the CLI's default configuration (`defaultWorkerCount()`), which `ms` and `articlesPerSecond` are for. */
  workers: number;
  ms: Summary;
  articlesPerSecond: number;
  tokensPerSecond: number;
  /** Each worker count measured (1, the default, all), in the same runs. */
  byWorkers: WorkerRun[];
  /** Articles/s with all workers over articles/s with one. */
  speedupAllWorkers: number;
  memory?: MemoryResult;
}

export interface MemoryResult {
  /** Articles of the smaller run; the larger has 10 times as many. */
  articles: number;
  factor: number;
  peakRssMb: number;
  peakRssMbLarger: number;
  /** Articles/s of the CLI on the larger file, start to exit (Node start, workers, schema, all of it). */
  cliArticlesPerSecond: number;
  /**
   * CPU time per article on the larger file (user + system): of the CLI process (main thread and
   * workers) and of the Neo4j server. Unlike wall time, it hardly depends on what else the machine
   * runs, so it bounds what an idle machine would do: cores / (cli + neo4j) articles per ms.
   */
  cliCpuMsPerArticle?: number;
  neo4jCpuMsPerArticle?: number;
  /**
   * The rate once started, from the two runs: the articles the larger file adds over the time it
   * adds (Node, the workers' model and gazetteers, the schema check and the JIT's first articles
   * are paid by both). What a long feed gets; the CLI's CPU per added article likewise.
   */
  cliMarginalArticlesPerSecond?: number;
  cliMarginalCpuMsPerArticle?: number;
  /** peakRssMbLarger / peakRssMb; the target is ≤ 1.5. */
  ratio: number;
  /** What ran: the command line, for the report. */
  command: string;
}

/** Write articles as a JSON Lines file, one per line; returns how many and their wink tokens. */
export async function writeJsonLines(path: string, articles: Iterable<ArticleInput>): Promise<{ count: number; tokens: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  let tokens = 0;
  for (const article of articles) {
    count++;
    tokens += nlp.readDoc(article.text).tokens().length();
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { count, tokens };
}

/** The worker counts compared: one, the CLI's default and one per core, each once, ascending. */
export function workerCounts(cores = availableParallelism()): number[] {
  return [...new Set([1, defaultWorkerCount(cores), Math.max(1, cores)])].sort((a, b) => a - b);
}

/** One ingest of the file into an emptied graph, as `newsgraph ingest --workers <workers>` does it. */
async function ingestOnce(graph: Graph, path: string, expected: number, workers: number, batchSize: number): Promise<number> {
  await wipe(graph);
  const started = performance.now();
  const pool = new AnalysisPool(workers);
  try {
    const summary = await ingestStream(new GraphWriter(graph), readInputs([path]), { batchSize, pool });
    if (summary.failed.length || summary.written !== expected)
      throw new Error(`end-to-end ingest wrote ${summary.written} of ${expected} articles; failures: ${summary.failed.slice(0, 3).map((e) => e.message).join('; ')}`);
  } finally {
    await pool.close();
  }
  return performance.now() - started;
}

export async function measureEndToEnd(
  graph: Graph,
  file: { path: string; count: number; tokens: number },
  options: { runs: number; batchSize: number; workers?: number[]; defaultWorkers?: number; warmup?: boolean },
): Promise<EndToEndResult> {
  const counts = options.workers ?? workerCounts();
  const defaultWorkers = options.defaultWorkers ?? (counts.includes(defaultWorkerCount()) ? defaultWorkerCount() : counts.at(-1)!);
  const times = new Map<number, number[]>(counts.map((w) => [w, []]));
  // Run -1 warms up Neo4j (statement plans) and is not counted, unless `warmup` is false (the
  // caller ran the writer just before); the order of the worker counts alternates between runs
  // so neither always runs on the warmer (or more loaded) minute.
  for (let run = options.warmup === false ? 0 : -1; run < options.runs; run++) {
    const order = run % 2 === 0 ? counts : [...counts].reverse();
    for (const w of run < 0 ? [defaultWorkers] : order) {
      const ms = await ingestOnce(graph, file.path, file.count, w, options.batchSize);
      if (run >= 0) times.get(w)!.push(ms);
    }
  }
  const byWorkers = counts.map((w) => {
    const ms = summarise(times.get(w)!);
    return { workers: w, ms, articlesPerSecond: file.count / (ms.median / 1000) };
  });
  const chosen = byWorkers.find((r) => r.workers === defaultWorkers)!;
  return {
    articles: file.count,
    batchSize: options.batchSize,
    avgTokensPerArticle: file.tokens / file.count,
    workers: chosen.workers,
    ms: chosen.ms,
    articlesPerSecond: chosen.articlesPerSecond,
    tokensPerSecond: file.tokens / (chosen.ms.median / 1000),
    byWorkers,
    speedupAllWorkers: byWorkers.at(-1)!.articlesPerSecond / byWorkers[0]!.articlesPerSecond,
  };
}

/**
 * Compile the CLI into a private folder (the checkout's `dist/` may be stale or being rebuilt by
 * someone else). It sits under `node_modules/.cache` so its imports resolve to the project's
 * packages; its own package.json makes the `.js` files ES modules there.
 */
export function buildCli(root: string): string {
  const out = join(root, 'node_modules', '.cache', 'newsgraph-bench', 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  try {
    // Incremental: a later run recompiles only what changed (a whole build is ~30 s of a quick run).
    // Its record is dropped when the output is gone, or tsc would see nothing to do.
    if (!existsSync(join(out, 'cli', 'index.js'))) rmSync(join(out, '.tsbuildinfo'), { force: true });
    const options = ['--outDir', out, '--declaration', 'false', '--sourceMap', 'false', '--incremental', '--tsBuildInfoFile', join(out, '.tsbuildinfo')];
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.build.json'), ...options], { stdio: 'pipe' });
  } catch (error) {
    // tsc still emits when other files have type errors; only a missing CLI is fatal.
    if (!existsSync(join(out, 'cli', 'index.js'))) throw error;
  }
  return join(out, 'cli', 'index.js');
}

/** CPU time (user + system) a process has used so far, in ms (Linux `/proc/<pid>/stat`); undefined elsewhere. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** Linux's USER_HZ, 100 on every common build. */
const CLOCK_TICKS = 100;

/**
 * Run the CLI on `path`: its peak RSS (sampling VmHWM, the high-water mark, misses nothing but
 * the last 50 ms), its wall time and its CPU time (sampled likewise, to within 50 ms).
 */
export async function runCli(cli: string, path: string, conn: Neo4jConnection, batchSize: number): Promise<{ peakRssMb: number; ms: number; cpuMs?: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'ingest', '--quiet', '--batch-size', String(batchSize), path], {
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  let peak = 0;
  let cpuMs: number | undefined;
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    peak = Math.max(peak, peakRssMbOf(child.pid!) ?? 0);
    cpuMs = cpuMsOf(child.pid!) ?? cpuMs;
    await sleep(50);
  }
  const [code] = await exited;
  if (code !== 0) throw new Error(`newsgraph ingest exited with ${code}: ${stderr.trim().slice(-500)}`);
  if (peak === 0) throw new Error('could not read the CLI process memory (/proc/<pid>/status: Linux only)');
  return { peakRssMb: peak, ms: performance.now() - started, ...(cpuMs !== undefined && { cpuMs }) };
}

/** Peak RSS of the CLI on `small` and on `large` (10× as many articles), each into an emptied graph. */
export async function measureCliMemory(
  graph: Graph,
  conn: Neo4jConnection,
  cli: string,
  small: { path: string; count: number },
  large: { path: string; count: number },
  batchSize: number,
  neo4jPid?: number,
): Promise<MemoryResult> {
  await wipe(graph);
  const one = await runCli(cli, small.path, conn, batchSize);
  await wipe(graph);
  const neo4jBefore = neo4jPid ? cpuMsOf(neo4jPid) : undefined;
  const ten = await runCli(cli, large.path, conn, batchSize);
  const neo4jAfter = neo4jPid ? cpuMsOf(neo4jPid) : undefined;
  return {
    articles: small.count,
    factor: large.count / small.count,
    peakRssMb: one.peakRssMb,
    peakRssMbLarger: ten.peakRssMb,
    ratio: ten.peakRssMb / one.peakRssMb,
    cliArticlesPerSecond: large.count / (ten.ms / 1000),
    cliMarginalArticlesPerSecond: (large.count - small.count) / ((ten.ms - one.ms) / 1000),
    ...(ten.cpuMs !== undefined && one.cpuMs !== undefined && { cliMarginalCpuMsPerArticle: (ten.cpuMs - one.cpuMs) / (large.count - small.count) }),
    ...(ten.cpuMs !== undefined && { cliCpuMsPerArticle: ten.cpuMs / large.count }),
    ...(neo4jBefore !== undefined && neo4jAfter !== undefined && { neo4jCpuMsPerArticle: (neo4jAfter - neo4jBefore) / large.count }),
    command: `node dist/cli/index.js ingest --quiet --batch-size ${batchSize} <file>.jsonl`,
  };
}
