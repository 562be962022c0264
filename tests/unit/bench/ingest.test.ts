/** The end-to-end measure's pure parts: which worker counts it compares, and how the report shows them. */
import { describe, expect, it } from 'vitest';
import { INGEST_BATCH_SIZE, parseBenchArgs } from '../../../bench/args.js';
import { combineRuns, workerCounts, type EndToEndResult } from '../../../bench/measure/ingest.js';
import { figuresOf, renderTable, type BenchReport } from '../../../bench/report.js';
import { defaultWorkerCount } from '../../../src/ingest/analyse/pool.js';
import { DEFAULT_BATCH_SIZE } from '../../../src/pipeline.js';

const machine = { commit: 'abc1234', date: '2026-11-25 12:00 UTC', node: '20.20.2', cpus: 2, cpuModel: 'CPU', memoryGb: 24, loadStart: 1 };
const summary = (median: number) => ({ runs: 3, median, min: median * 0.9, max: median * 1.1, spreadPct: 20 });

describe('workerCounts', () => {
  it('compares one worker, the CLI default (one per core but one) and one per core', () => {
    expect(workerCounts(1)).toEqual([1]);
    expect(workerCounts(2)).toEqual([1, 2]);
    expect(workerCounts(8)).toEqual([1, 7, 8]);
    expect([1, 2, 8].map((c) => defaultWorkerCount(c))).toEqual([1, 1, 7]);
  });
});

describe('end-to-end settings', () => {
  it('ingest at least 1,000 articles with the CLI batch size, memory at N and 10·N', () => {
    expect(INGEST_BATCH_SIZE).toBe(DEFAULT_BATCH_SIZE);
    for (const mode of [['--quick'], []]) {
      const s = parseBenchArgs(mode);
      expect(s.ingest.articles).toBeGreaterThanOrEqual(1000);
      expect(s.ingest.batchSize).toBe(DEFAULT_BATCH_SIZE);
    }
    expect(parseBenchArgs([]).ingest.memoryArticles).toBe(1000);
  });
});

describe('end-to-end figures', () => {
  const endToEnd: EndToEndResult = {
    articles: 1000,
    batchSize: 200,
    avgTokensPerArticle: 356,
    workers: 1,
    ms: summary(12_500),
    articlesPerSecond: 80,
    tokensPerSecond: 28_480,
    byWorkers: [
      { workers: 1, ms: summary(12_500), articlesPerSecond: 80 },
      { workers: 2, ms: summary(20_000), articlesPerSecond: 50 },
    ],
    speedupAllWorkers: 0.625,
    memory: { articles: 1000, factor: 10, peakRssMb: 400, peakRssMbLarger: 520, ratio: 1.3, cliArticlesPerSecond: 61.5, cliMarginalArticlesPerSecond: 70.25, cliMarginalCpuMsPerArticle: 5.5, cliCpuMsPerArticle: 6, neo4jCpuMsPerArticle: 10, command: 'node dist/cli/index.js ingest …' },
  };

  it('show the default configuration against its target, the other worker counts, and the memory ratio', () => {
    const report: BenchReport = { machine, mode: 'full', endToEnd };
    const table = renderTable(report);
    expect(table).toMatch(/files → Neo4j articles\/s \(the CLI default: 1 worker\)\s+80 art\/s\s+>= 100 \(2 cores\)\s+MISS\s+1000 articles of 356 tokens avg, batches of 200/);
    expect(table).toMatch(/files → Neo4j articles\/s \(2 workers\)\s+50 art\/s/);
    expect(table).toMatch(/speed-up, 2 workers over 1\s+0\.625 ×/);
    expect(table).toMatch(/CLI peak RSS, 10,000 articles\s+520 MB\s+the CLI ran at 61\.5 articles\/s/);
    expect(table).toMatch(/CLI peak RSS, 10× articles over 1×\s+1\.3 ×\s+<= 1\.5\s+PASS/);
    expect(table).toMatch(/CPU-bound ceiling on 2 idle cores\s+125 art\/s/); // 2 × 1000 / (6 + 10)
    expect(table).toMatch(/CLI articles\/s once started \(the larger run over the smaller\)\s+70\.3 art\/s\s+start-up excluded: 9,000 added articles over the time they added; CLI CPU 5\.5 ms per added article/);
    expect(figuresOf(report).filter((f) => f.target)).toHaveLength(2);
  });

  it('reads results saved before the worker comparison existed', () => {
    const { byWorkers: _b, speedupAllWorkers: _s, memory: _m, ...old } = endToEnd;
    const figures = figuresOf({ machine, mode: 'quick', endToEnd: old as EndToEndResult });
    expect(figures.map((f) => f.name)).toEqual(['files → Neo4j articles/s (the CLI default: 1 worker)', 'avg tokens per article']);
  });
});

describe('combineRuns', () => {
  it('keeps the highest peak memory and the median times of the throughput runs', () => {
    const runs = [
      { ms: 12_000, peakRssMb: 310, cpuMs: 11_000, neo4jCpuMs: 9_000 },
      { ms: 18_000, peakRssMb: 330, cpuMs: 15_000, neo4jCpuMs: 12_000 },
      { ms: 14_000, peakRssMb: 320, cpuMs: 12_000 },
    ];
    expect(combineRuns(runs)).toEqual({ ms: 14_000, peakRssMb: 330, cpuMs: 12_000, neo4jCpuMs: 10_500 });
    expect(combineRuns([{ ms: 5, peakRssMb: 100 }])).toEqual({ ms: 5, peakRssMb: 100 });
  });
});
