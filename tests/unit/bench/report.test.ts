import { describe, expect, it } from 'vitest';
import { INGEST_BATCH_SIZE, parseBenchArgs, parseSizes } from '../../../bench/args.js';
import { figuresOf, formatValue, renderTable, verdict, type BenchReport } from '../../../bench/report.js';

const machine = { commit: 'abc1234', date: '2026-11-25 12:00 UTC', node: '20.20.2', cpus: 2, cpuModel: 'CPU', memoryGb: 24, loadStart: 1 };
const summary = (median: number) => ({ runs: 3, median, min: median, max: median, spreadPct: 0 });

describe('verdict', () => {
  it('compares against the target in its direction', () => {
    expect(verdict({ measure: 'm', name: 'n', value: 0.3, unit: '×', target: { op: '>=', value: 0.3 } })).toBe('PASS');
    expect(verdict({ measure: 'm', name: 'n', value: 0.29, unit: '×', target: { op: '>=', value: 0.3 } })).toBe('MISS');
    expect(verdict({ measure: 'm', name: 'n', value: 1.6, unit: '×', target: { op: '<=', value: 1.5 } })).toBe('MISS');
    expect(verdict({ measure: 'm', name: 'n', value: 1, unit: 'ms' })).toBe('');
  });
});

describe('renderTable', () => {
  it('prints each targeted figure with its target and verdict', () => {
    const report: BenchReport = {
      machine,
      mode: 'quick',
      writes: {
        articles: 100,
        batchSize: 50,
        nodes: 2000,
        relationships: 4000,
        writerMs: summary(2000),
        bareMs: summary(500),
        articlesPerSecond: 50,
        bareArticlesPerSecond: 200,
        ratioToBareCreate: 0.25,
      },
      queries: { headline: { p50Ms: 12, p95Ms: 20, cypherP50Ms: 10, cypherP95Ms: 15, ratioToCypher: 1.2, items: 4 } },
      queryGraphArticles: 1000,
    };
    const table = renderTable(report);
    expect(table).toMatch(/speed ratio to bare CREATE\s+0\.25 ×\s+>= 0\.3\s+MISS/);
    expect(table).toMatch(/headline ratio to Cypher \(p50\)\s+1\.2 ×\s+<= 1\.5 \(graph ≥ 10,000 articles\)\s+PASS\s+graph of 1000 articles/);
    expect(figuresOf(report).filter((f) => f.target)).toHaveLength(2);
  });

  it('gives growth its three ratios, largest size over smallest, with the answer sizes', () => {
    const point = (articles: number, ingestMsPerArticle: number, headlineP50Ms: number, headlineAnswerKb: number, headlinePageP50Ms: number) => ({
      articles, ingestMsPerArticle, headlineP50Ms, headlineAnswerKb, headlinePageP50Ms, headlinePageAnswerKb: 6.5,
      peakRssMb: 500, nodes: articles * 17, relationships: articles * 40,
    });
    const table = renderTable({ machine, mode: 'full', growth: [point(1000, 20, 25, 30, 8), point(10000, 18, 40, 90, 9), point(100000, 16, 75, 150, 12)] });
    expect(table).toMatch(/ingest ms\/article, 100,000 over 1,000 articles\s+0\.8 ×\s+<= 1\.5 \(100k over 1k articles\)\s+PASS/);
    expect(table).toMatch(/headline p50, 100,000 over 1,000 articles\s+3 ×\s+<= 2 \(100k over 1k articles\)\s+MISS\s+answer 5\.0× as large/);
    expect(table).toMatch(/1,000 articles: headline p50\s+25 ms.*answer 30 kB/);
    expect(table).toMatch(/100,000 articles: headline p50, fixed page \(5 × 5 × 3\)\s+12 ms.*answer 6\.5 kB/);
    expect(table).toMatch(/headline p50 on a fixed page, 100,000 over 1,000 articles\s+1\.5 ×\s+<= 2 \(100k over 1k articles\)\s+PASS\s+answer 1\.00× as large/);
  });

  it('formats values to three significant digits with thousands separated', () => {
    expect(formatValue(0.123456)).toBe('0.123');
    expect(formatValue(123456.7)).toBe('123,457');
  });
});

describe('parseBenchArgs', () => {
  it('quick mode stays at 1k articles; --sizes overrides; queries bring growth', () => {
    const quick = parseBenchArgs(['--quick']);
    expect(quick.mode).toBe('quick');
    expect(Math.max(...quick.growth.sizes, quick.ingest.articles, quick.writes.articles)).toBeLessThanOrEqual(1000);
    const sized = parseBenchArgs(['--sizes', '10k,1000', '--only', 'queries']);
    expect(sized.growth.sizes).toEqual([1000, 10000]);
    expect([...sized.measures].sort()).toEqual(['growth', 'queries']);
  });

  it('says what it expected on bad options', () => {
    expect(() => parseSizes('1000,abc')).toThrow(/positive whole numbers.*got "1000,abc"/);
    expect(() => parseBenchArgs(['--only', 'speed'])).toThrow(/--only takes .*analysis, writes, ingest, growth, queries; got "speed"/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/options: --quick/);
    expect(() => parseBenchArgs(['--batch', '0'])).toThrow(/--batch must be a positive whole number of articles, got "0"/);
  });

  it('--batch sets the batch size of every write measure; by default each writes as newsgraph ingest does', () => {
    for (const mode of [['--quick'], []]) {
      const d = parseBenchArgs(mode);
      expect([d.writes.batchSize, d.ingest.batchSize, d.growth.batchSize]).toEqual([INGEST_BATCH_SIZE, INGEST_BATCH_SIZE, INGEST_BATCH_SIZE]);
    }
    const s = parseBenchArgs(['--quick', '--batch', '100']);
    expect([s.writes.batchSize, s.ingest.batchSize, s.growth.batchSize]).toEqual([100, 100, 100]);
  });
});
