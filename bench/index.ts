/**
 * `npm run bench`: how fast, how big, and how close to the limit. Five measures, each over several
 * runs with its median and spread, each against a baseline measured in the same run:
 *
 *   1. analysis     analyseBatch() (and analyse()) vs wink readDoc and vs compromise (measure/analysis.ts)
 *   2. writes       GraphWriter.writeBatch vs a bare UNWIND … CREATE  (measure/writes.ts)
 *   3. ingest       files → Neo4j by the built CLI, 1 vs all workers; its memory at N vs 10·N (measure/ingest.ts)
 *   4. growth       1k → 10k → 100k articles: cost, latency, memory   (measure/growth.ts)
 *   5. queries      GraphQL API vs hand-written Cypher, p50/p95       (measure/queries.ts)
 *
 * Text: MEANTIME (NewsReader, Wikinews, CC BY 4.0) and the project samples, multiplied into
 * distinct articles by variants.ts. Neo4j: the local `bench` profile (neo4j.ts). Options: args.ts.
 */
import '../src/cli/production.js'; // the API as `newsgraph serve` runs it (before graphql-js loads)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../src/errors.js';
import { defaultWorkerCount } from '../src/ingest/analyse/pool.js';
import { stopLocalNeo4j } from '../src/neo4j/index.js';
import { withLock } from '../src/neo4j/lock.js';
import { parseBenchArgs, type BenchSettings } from './args.js';
import { loadCorpus, type SourceArticle } from './corpus.js';
import { analysedVariants } from './inputs.js';
import { measureAnalysis } from './measure/analysis.js';
import { measureGrowth } from './measure/growth.js';
import { buildCli, measureCliMemory, measureEndToEnd, workerCounts, writeJsonLines } from './measure/ingest.js';
import { measureQueries, prepareQueryCases } from './measure/queries.js';
import { measureWrites } from './measure/writes.js';
import { benchProfile, openBenchDatabase, wipe, type BenchDatabase } from './neo4j.js';
import { renderTable, type BenchReport, type Machine } from './report.js';
import { variants } from './variants.js';

const startedAt = performance.now();
/** Progress on stderr, with the seconds since the start (what each measure costs the run). */
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ' (+ uncommitted changes in src/)';
  } catch {
    // not a git checkout: the commit stays unknown
  }
  return {
    commit,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    node: process.versions.node,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: totalmem() / 1024 ** 3,
    loadStart: loadavg()[0]!,
  };
}

async function run(settings: BenchSettings): Promise<BenchReport> {
  const report: BenchReport = { machine: machine(), mode: settings.mode };
  const m = settings.measures;
  log(`loading MEANTIME and the samples…`);
  const sources = await loadCorpus();
  log(`${sources.length} source articles`);

  if (m.has('analysis')) {
    log(`analysis: warm-up (${settings.analysis.warmup} passes of the peers, analyse() on ≥ ${settings.analysis.warmupArticles} articles), ${settings.analysis.rounds} rounds…`);
    report.analysis = measureAnalysis(sources.map((s) => s.article), settings.analysis);
  }

  if (!(m.has('writes') || m.has('ingest') || m.has('growth'))) return report;
  // Measures empty the database: two benchmark runs at once would wipe each other's graphs.
  await withLock(join(benchProfile().home, 'run.lock'), () => measureOnNeo4j(settings, sources, report), {
    timeoutMs: 6 * 3600_000,
    onWait: (pid) => log(`another benchmark run (pid ${pid ?? '?'}) is using the bench Neo4j; waiting for it to finish…`),
  });
  return report;
}

/** The measures that need Neo4j, in order, on the bench database; fills `report`. */
async function measureOnNeo4j(settings: BenchSettings, sources: readonly SourceArticle[], report: BenchReport): Promise<void> {
  const m = settings.measures;
  // The CLI builds (tsc, one core: ~7 s incremental, ~30 s from scratch) while the server starts,
  // and is done before any measure runs: a build beside a timed write would slow it.
  if (m.has('ingest')) log('building the CLI for the end-to-end measure, while Neo4j starts…');
  const building = m.has('ingest') ? buildCli(process.cwd()) : undefined;
  building?.catch(() => undefined); // its failure surfaces below, once the database can be closed
  const db: BenchDatabase = await openBenchDatabase(log);
  report.machine.neo4j = db.version;
  const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const cli = await building;
    if (m.has('writes')) {
      log(`writes: analysing ${settings.writes.articles} articles, then ${settings.writes.runs} runs…`);
      report.writes = await measureWrites(db.graph, analysedVariants(sources, settings.writes.articles), settings.writes);
    }
    if (m.has('ingest')) {
      const s = settings.ingest;
      const target = { cli: cli!, conn: db.conn, batchSize: s.batchSize, ...(db.pid ? { neo4jPid: db.pid } : {}) };
      const path = join(scratch, 'articles.jsonl');
      const file = { path, ...(await writeJsonLines(path, variants(sources, s.articles))) };
      // Quick runs time the CLI's default only: each count costs a run of 1,000 articles.
      const workers = s.compareWorkers ? workerCounts() : [defaultWorkerCount()];
      log(`end-to-end: newsgraph ingest of ${file.count} articles, ${s.runs} runs with ${workers.join(' and ')} worker${workers.length > 1 || workers[0] !== 1 ? 's' : ''}…`);
      // The writes measure, when it ran, has just had Neo4j plan the writer's statements: the
      // uncounted warm-up run would repeat that.
      const { defaultRuns, ...endToEnd } = await measureEndToEnd(db.graph, target, file, { runs: s.runs, workers, warmup: !m.has('writes') });
      report.endToEnd = endToEnd;
      const small = { path: join(scratch, 'small.jsonl'), count: s.memoryArticles };
      await writeJsonLines(small.path, variants(sources, small.count));
      // The memory ratio needs a file 10× the small one: the throughput runs' when that is the size.
      const reuse = 10 * s.memoryArticles === file.count;
      const large = reuse ? { ...file, runs: defaultRuns } : { path: join(scratch, 'large.jsonl'), count: 10 * s.memoryArticles };
      if (!reuse) await writeJsonLines(large.path, variants(sources, large.count));
      log(`end-to-end memory: newsgraph ingest of ${small.count}${reuse ? '' : ` and ${large.count}`} articles…`);
      report.endToEnd.memory = await measureCliMemory(db.graph, target, small, large);
    }
    if (m.has('growth')) {
      log(`growth: ${settings.growth.sizes.join(' → ')} articles…`);
      report.growth = await measureGrowth(db.graph, sources, {
        ...settings.growth,
        ...(db.pid ? { neo4jPid: db.pid } : {}),
        log,
        headline: settings.headline,
        // analyse() was warmed by the analysis measure, the writer's statements by the writes measure.
        warmupIngest: !(m.has('analysis') && m.has('writes')),
      });
    }
    if (m.has('queries')) {
      log(`queries: ${settings.queries.iterations} requests each after ${settings.queries.warmup} warm-ups…`);
      const cases = await prepareQueryCases(db.graph);
      report.queries = await measureQueries(db.graph, cases, settings.queries);
      report.queryGraphArticles = settings.growth.sizes.at(-1)!;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    // Emptied now, while Neo4j is warm (a second or two), rather than by the next run's first
    // measure on a server just started (10 s for the quick run's 1k graph). --keep keeps the graph
    // for the profiling scripts.
    if (!settings.keep) await wipe(db.graph).catch(() => {});
    await db.close(settings.keep);
  }
}

try {
  const settings = parseBenchArgs(process.argv.slice(2));
  if (settings.stop) {
    if (!(await stopLocalNeo4j(benchProfile(), log))) log('the bench Neo4j was not running');
    process.exit();
  }
  const report = await run(settings);
  report.machine.loadEnd = loadavg()[0]!;
  process.stdout.write(settings.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderTable(report)}\n`);
} catch (error) {
  if (error instanceof NewsgraphError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else throw error;
}
