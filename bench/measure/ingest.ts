/**
 * Measure 3: end-to-end ingest, files → Neo4j, by the real binary as a user runs it:
 * `node <build>/cli/index.js ingest --quiet --workers N file.jsonl` in a child process, start to exit
 * (Node's start, the workers' model and gazetteers, the schema check, reading, analysis on worker
 * threads, resolution and the writes in batches). Until session 8 the bench process ran the same
 * code in itself; the binary is what users get, and its runs also give the memory and CPU figures.
 *
 *   throughput   1 worker vs all workers (and the CLI's default, one per core but one), runs
 *                interleaved, median of each
 *   memory       the binary's peak RSS (Linux VmHWM, main thread and workers, as the operating
 *                system sees the command) on N and 10·N articles; when 10·N is the throughput
 *                file, its runs serve
 *   CPU          of the CLI process and of the Neo4j server, per article
 */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Graph } from '../../src/graph/db.js';
import { nlp } from '../../src/ingest/analyse/nlp.js';
import { defaultWorkerCount } from '../../src/ingest/analyse/pool.js';
import type { Neo4jConnection } from '../../src/neo4j/index.js';
import { peakRssMbOf, wipe } from '../neo4j.js';
import { median, summarise, type Summary } from '../stats.js';
import type { ArticleInput } from '../variants.js';

const execFileAsync = promisify(execFile);

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

/** One run of the binary: its wall time, peak RSS and CPU time, and the Neo4j server's CPU time meanwhile. */
export interface CliRun {
  ms: number;
  peakRssMb: number;
  cpuMs?: number;
  neo4jCpuMs?: number;
}

/** Where the CLI runs: the built binary, the server it writes to, the batch size and the server's pid (for its CPU time). */
export interface CliTarget {
  cli: string;
  conn: Neo4jConnection;
  batchSize: number;
  neo4jPid?: number;
}

/** One ingest of the file into an emptied graph by `newsgraph ingest --workers <workers>`. */
async function ingestOnce(graph: Graph, target: CliTarget, path: string, workers: number): Promise<CliRun> {
  await wipe(graph);
  const before = target.neo4jPid ? cpuMsOf(target.neo4jPid) : undefined;
  const run = await runCli(target.cli, path, target.conn, target.batchSize, workers);
  const after = target.neo4jPid ? cpuMsOf(target.neo4jPid) : undefined;
  return { ...run, ...(before !== undefined && after !== undefined && { neo4jCpuMs: after - before }) };
}

export async function measureEndToEnd(
  graph: Graph,
  target: CliTarget,
  file: { path: string; count: number; tokens: number },
  options: { runs: number; workers?: number[]; defaultWorkers?: number; warmup?: boolean },
): Promise<EndToEndResult & { defaultRuns: CliRun[] }> {
  const counts = options.workers ?? workerCounts();
  const defaultWorkers = options.defaultWorkers ?? (counts.includes(defaultWorkerCount()) ? defaultWorkerCount() : counts.at(-1)!);
  const runs = new Map<number, CliRun[]>(counts.map((w) => [w, []]));
  // Run -1 warms up Neo4j (statement plans) and is not counted, unless `warmup` is false (the
  // caller ran the writer just before); the order of the worker counts alternates between runs
  // so neither always runs on the warmer (or more loaded) minute.
  for (let run = options.warmup === false ? 0 : -1; run < options.runs; run++) {
    const order = run % 2 === 0 ? counts : [...counts].reverse();
    for (const w of run < 0 ? [defaultWorkers] : order) {
      const result = await ingestOnce(graph, target, file.path, w);
      if (run >= 0) runs.get(w)!.push(result);
    }
  }
  const byWorkers = counts.map((w) => {
    const ms = summarise(runs.get(w)!.map((r) => r.ms));
    return { workers: w, ms, articlesPerSecond: file.count / (ms.median / 1000) };
  });
  const chosen = byWorkers.find((r) => r.workers === defaultWorkers)!;
  return {
    articles: file.count,
    batchSize: target.batchSize,
    avgTokensPerArticle: file.tokens / file.count,
    workers: chosen.workers,
    ms: chosen.ms,
    articlesPerSecond: chosen.articlesPerSecond,
    tokensPerSecond: file.tokens / (chosen.ms.median / 1000),
    byWorkers,
    speedupAllWorkers: byWorkers.at(-1)!.articlesPerSecond / byWorkers[0]!.articlesPerSecond,
    defaultRuns: runs.get(defaultWorkers)!,
  };
}

/** Several runs as one for the memory figures: the highest peak RSS, the median times. */
export function combineRuns(runs: readonly CliRun[]): CliRun {
  const middle = (values: Array<number | undefined>) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? median(known) : undefined;
  };
  const cpuMs = middle(runs.map((r) => r.cpuMs));
  const neo4jCpuMs = middle(runs.map((r) => r.neo4jCpuMs));
  return {
    ms: median(runs.map((r) => r.ms)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    ...(cpuMs !== undefined && { cpuMs }),
    ...(neo4jCpuMs !== undefined && { neo4jCpuMs }),
  };
}

/**
 * Compile the CLI into a private folder (the checkout's `dist/` may be stale or being rebuilt by
 * someone else). It sits under `node_modules/.cache` so its imports resolve to the project's
 * packages; its own package.json makes the `.js` files ES modules there.
 */
export async function buildCli(root: string): Promise<string> {
  const out = join(root, 'node_modules', '.cache', 'newsgraph-bench', 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  try {
    // Incremental: a later run recompiles only what changed (a whole build is ~30 s of a quick run).
    // Its record is dropped when the output is gone, or tsc would see nothing to do.
    if (!existsSync(join(out, 'cli', 'index.js'))) rmSync(join(out, '.tsbuildinfo'), { force: true });
    const options = ['--outDir', out, '--declaration', 'false', '--sourceMap', 'false', '--incremental', '--tsBuildInfoFile', join(out, '.tsbuildinfo')];
    await execFileAsync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.build.json'), ...options]);
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
export async function runCli(cli: string, path: string, conn: Neo4jConnection, batchSize: number, workers = defaultWorkerCount()): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'ingest', '--quiet', '--batch-size', String(batchSize), '--workers', String(workers), path], {
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

/**
 * Peak RSS of the CLI on `small` and on `large` (10× as many articles), each into an emptied graph;
 * `large` may come with its runs already made (the throughput runs of the same file).
 */
export async function measureCliMemory(
  graph: Graph,
  target: CliTarget,
  small: { path: string; count: number },
  large: { path: string; count: number; runs?: readonly CliRun[] },
): Promise<MemoryResult> {
  const one = await ingestOnce(graph, target, small.path, defaultWorkerCount());
  const ten = large.runs?.length ? combineRuns(large.runs) : await ingestOnce(graph, target, large.path, defaultWorkerCount());
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
    ...(ten.neo4jCpuMs !== undefined && { neo4jCpuMsPerArticle: ten.neo4jCpuMs / large.count }),
    command: `node dist/cli/index.js ingest --quiet --batch-size ${target.batchSize} --workers ${defaultWorkerCount()} <file>.jsonl`,
  };
}
