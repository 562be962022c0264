/**
 * Command-line options of `npm run bench` and the settings of each mode. Pure.
 *
 *   npm run bench                         full run: growth at 1k, 10k and 100k articles (long)
 *   npm run bench -- --quick              the same measures at ≤ 1k articles (end to end: memory to 1k), in minutes
 *   npm run bench -- --sizes 1000,10000   growth sizes (queries run on the largest graph)
 *   npm run bench -- --json               one JSON object on stdout instead of the table
 *   npm run bench -- --only analysis,writes   a subset: analysis, writes, ingest, growth, queries
 *   npm run bench -- --batch 100          articles per write transaction (default: `newsgraph ingest`'s, 200)
 *   npm run bench -- --keep               leave the bench Neo4j running afterwards
 *   npm run bench -- --stop               only stop the bench Neo4j (left running by --keep)
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../src/errors.js';

/** `newsgraph ingest`'s batch size (DEFAULT_BATCH_SIZE in src/pipeline.ts; a test keeps them equal). */
export const INGEST_BATCH_SIZE = 200;

export const MEASURES = ['analysis', 'writes', 'ingest', 'growth', 'queries'] as const;
export type Measure = (typeof MEASURES)[number];

export interface BenchSettings {
  mode: 'quick' | 'full';
  json: boolean;
  keep: boolean;
  /** Stop the bench Neo4j and measure nothing. */
  stop: boolean;
  measures: Set<Measure>;
  /**
   * `warmup` uncounted passes of wink and compromise (both settle by their third pass), and of
   * analyse() as many as it takes to read `warmupArticles`: its JIT settles after ~1,000 articles
   * (`bench/warmup.ts` prints the curve; in session 7 TurboFan compile time per pass fell from 1 s to under 0.1 s by then).
   * Then `rounds` timed passes of each tool, which give both the medians and the best-of.
   */
  analysis: { rounds: number; warmup: number; warmupArticles: number };
  /** `warmup` runs of both sides come first, uncounted: the writer's twenty statement shapes need several runs to plan and compile. */
  writes: { articles: number; runs: number; warmup: number; batchSize: number };
  /**
   * End to end: the built CLI ingests `articles`, `runs` times with its default worker count, and
   * with 1 and all workers too when `compareWorkers`; its memory on `memoryArticles` and 10× as
   * many (10× is the throughput file: its runs serve). Quick runs ingest 1,000 articles, where the
   * start-up and the JIT's warm-up (≈ 1,000 articles) weigh; full runs 10,000, a sustained rate.
   */
  ingest: { articles: number; runs: number; batchSize: number; memoryArticles: number; compareWorkers: boolean };
  growth: { sizes: number[]; batchSize: number };
  queries: { iterations: number; warmup: number };
  headline: { iterations: number; warmup: number };
}

const QUICK: Omit<BenchSettings, 'json' | 'keep' | 'stop' | 'measures'> = {
  mode: 'quick',
  analysis: { rounds: 6, warmup: 3, warmupArticles: 1100 },
  writes: { articles: 200, runs: 3, warmup: 2, batchSize: INGEST_BATCH_SIZE },
  ingest: { articles: 1000, runs: 2, batchSize: INGEST_BATCH_SIZE, memoryArticles: 100, compareWorkers: false },
  growth: { sizes: [1000], batchSize: INGEST_BATCH_SIZE },
  queries: { iterations: 30, warmup: 5 },
  headline: { iterations: 15, warmup: 3 },
};

const FULL: Omit<BenchSettings, 'json' | 'keep' | 'stop' | 'measures'> = {
  mode: 'full',
  analysis: { rounds: 14, warmup: 3, warmupArticles: 1100 },
  writes: { articles: 1000, runs: 5, warmup: 3, batchSize: INGEST_BATCH_SIZE },
  ingest: { articles: 10_000, runs: 3, batchSize: INGEST_BATCH_SIZE, memoryArticles: 1000, compareWorkers: true },
  growth: { sizes: [1000, 10_000, 100_000], batchSize: INGEST_BATCH_SIZE },
  queries: { iterations: 100, warmup: 10 },
  headline: { iterations: 30, warmup: 5 },
};

export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => s.trim().replace(/_/g, '')).filter(Boolean).map((s) => (/^\d+k$/i.test(s) ? Number(s.slice(0, -1)) * 1000 : Number(s)));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new ConfigError(`--sizes must be a comma-separated list of positive whole numbers of articles (e.g. 1000,10000 or 1k,10k), got "${text}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseMeasures(text: string): Set<Measure> {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(MEASURES as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length)
    throw new ConfigError(`--only takes a comma-separated list of ${MEASURES.join(', ')}; got "${text}"`);
  return new Set(names as Measure[]);
}

export function parseBenchArgs(argv: readonly string[]): BenchSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        stop: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        only: { type: 'string' },
        batch: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; options: --quick, --json, --keep, --stop, --sizes N,N…, --batch N, --only ${MEASURES.join(',')}`);
  }
  const { values } = parsed;
  const base = values.quick ? QUICK : FULL;
  const measures = values.only ? parseMeasures(values.only) : new Set(MEASURES);
  // Queries are measured on the graph the growth measure builds.
  if (measures.has('queries')) measures.add('growth');
  const settings: BenchSettings = {
    ...structuredClone(base),
    json: values.json ?? false,
    keep: values.keep ?? false,
    stop: values.stop ?? false,
    measures,
    growth: { ...base.growth, sizes: values.sizes ? parseSizes(values.sizes) : [...base.growth.sizes] },
  };
  if (values.batch !== undefined) {
    const batchSize = Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new ConfigError(`--batch must be a positive whole number of articles, got "${values.batch}"`);
    settings.writes.batchSize = settings.ingest.batchSize = settings.growth.batchSize = batchSize;
  }
  return settings;
}
