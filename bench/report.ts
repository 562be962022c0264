/**
 * The benchmark's results as data (`BenchReport`, printed by `--json`) and as a table: each
 * figure with its target and PASS/MISS. Targets live here, in one list, with the issue's wording.
 */
import type { AnalysisResult } from './measure/analysis.js';
import type { EndToEndResult } from './measure/ingest.js';
import type { LatencyResult } from './measure/queries.js';
import type { GrowthPoint } from './measure/growth.js';
import type { WritesResult } from './measure/writes.js';

export interface Machine {
  commit: string;
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  /** 1-minute load average at the start and the end: above the number of CPUs, others were competing. */
  loadStart: number;
  loadEnd?: number;
  neo4j?: string;
}

export interface BenchReport {
  machine: Machine;
  mode: 'quick' | 'full';
  analysis?: AnalysisResult;
  writes?: WritesResult;
  endToEnd?: EndToEndResult;
  queries?: Record<string, LatencyResult>;
  /** Articles in the graph the queries ran on. */
  queryGraphArticles?: number;
  growth?: GrowthPoint[];
}

export interface Target {
  op: '>=' | '<=';
  value: number;
  /** When the target applies, if not always (e.g. "graph ≥ 10,000 articles"). */
  when?: string;
}

export interface Figure {
  measure: string;
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** Spread of the runs or other context, printed after the verdict. */
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | '';

export function verdict(figure: Figure): Verdict {
  const t = figure.target;
  if (!t) return '';
  return (t.op === '>=' ? figure.value >= t.value : figure.value <= t.value) ? 'PASS' : 'MISS';
}

const spread = (pct: number, runs: number) => `±${(pct / 2).toFixed(0)}% over ${runs} runs`;
const QUERY_TARGET: Target = { op: '<=', value: 1.5, when: 'graph ≥ 10,000 articles' };
const GROWTH_INGEST_TARGET: Target = { op: '<=', value: 1.5, when: '100k over 1k articles' };
const GROWTH_QUERY_TARGET: Target = { op: '<=', value: 2, when: '100k over 1k articles' };

/** Every figure of a report, in the order of the table. */
export function figuresOf(report: BenchReport): Figure[] {
  const figures: Figure[] = [];
  const a = report.analysis;
  if (a) {
    const warm = a.warmupPasses ? `; after ${a.warmupPasses.analyse} warm-up passes (peers ${a.warmupPasses.peers})` : '';
    // Until session 9 the analysis was timed article by article only.
    const how = a.batchSize ? `analysis in batches of ${a.batchSize} (as ingest runs it)` : 'analyse()';
    const note = `${a.articles} articles, ${a.tokens} tokens; per CPU second; ${spread(a.analyseMs.spreadPct, a.analyseMs.runs)}${warm}`;
    figures.push(
      { measure: 'analysis', name: `${how} tokens/s`, value: a.tokensPerSecond, unit: 'tok/s', note },
      { measure: 'analysis', name: `${how} tokens/s, wall clock`, value: a.wallTokensPerSecond, unit: 'tok/s', note: spread(a.analyseWallMs.spreadPct, a.analyseWallMs.runs) },
      { measure: 'analysis', name: `${how} articles/s`, value: a.articlesPerSecond, unit: 'art/s' },
      { measure: 'analysis', name: 'wink readDoc tokens/s', value: a.winkTokensPerSecond, unit: 'tok/s', note: spread(a.winkMs.spreadPct, a.winkMs.runs) },
      { measure: 'analysis', name: 'compromise tokens/s', value: a.compromiseTokensPerSecond, unit: 'tok/s', note: spread(a.compromiseMs.spreadPct, a.compromiseMs.runs) },
      { measure: 'analysis', name: 'speed ratio to wink readDoc', value: a.ratioToWink, unit: '×', target: { op: '>=', value: 0.3 } },
      { measure: 'analysis', name: 'speed ratio to compromise', value: a.ratioToCompromise, unit: '×', target: { op: '>=', value: 10 } },
    );
    if (a.perArticle) {
      const one = `analyse() article by article, same rounds; ${spread(a.perArticle.analyseMs.spreadPct, a.perArticle.analyseMs.runs)}`;
      figures.push(
        { measure: 'analysis', name: 'article by article: tokens/s', value: a.perArticle.tokensPerSecond, unit: 'tok/s', note: one },
        { measure: 'analysis', name: 'article by article: ratio to wink readDoc', value: a.perArticle.ratioToWink, unit: '×', note: one },
        { measure: 'analysis', name: 'article by article: ratio to compromise', value: a.perArticle.ratioToCompromise, unit: '×', note: one },
      );
    }
    if (a.bestOf) {
      // Result files written before session 5 lack it.
      const best = `fastest time per ${a.batchSize ? 'batch' : 'article'} over ${a.bestOf.rounds} rounds, each tool reading the corpus in turn (wall clock), summed`;
      figures.push(
        { measure: 'analysis', name: 'speed ratio to wink readDoc, best of rounds', value: a.bestOf.ratioToWink, unit: '×', target: { op: '>=', value: 0.3 }, note: best },
        { measure: 'analysis', name: 'speed ratio to compromise, best of rounds', value: a.bestOf.ratioToCompromise, unit: '×', target: { op: '>=', value: 10 }, note: best },
      );
      if (a.bestOf.perArticle)
        figures.push({ measure: 'analysis', name: 'article by article: ratio to compromise, best of rounds', value: a.bestOf.perArticle.ratioToCompromise, unit: '×', note: 'fastest time per article, summed' });
    }
  }
  const w = report.writes;
  if (w) {
    figures.push(
      {
        measure: 'writes',
        name: 'GraphWriter articles/s',
        value: w.articlesPerSecond,
        unit: 'art/s',
        note: `${w.articles} articles in batches of ${w.batchSize}; ${spread(w.writerMs.spreadPct, w.writerMs.runs)}`,
      },
      {
        measure: 'writes',
        name: 'bare UNWIND…CREATE articles/s',
        value: w.bareArticlesPerSecond,
        unit: 'art/s',
        note: `${w.nodes} nodes, ${w.relationships} relationships; ${spread(w.bareMs.spreadPct, w.bareMs.runs)}`,
      },
      { measure: 'writes', name: 'speed ratio to bare CREATE', value: w.ratioToBareCreate, unit: '×', target: { op: '>=', value: 0.3 } },
    );
  }
  const e = report.endToEnd;
  if (e) {
    figures.push({
      measure: 'end-to-end',
      name: `files → Neo4j articles/s (the CLI default: ${e.workers} worker${e.workers === 1 ? '' : 's'})`,
      value: e.articlesPerSecond,
      unit: 'art/s',
      target: { op: '>=', value: 100, when: '2 cores' },
      note: `${e.articles} articles of ${e.avgTokensPerArticle.toFixed(0)} tokens avg, batches of ${e.batchSize}; ${spread(e.ms.spreadPct, e.ms.runs)}`,
    });
    for (const w of e.byWorkers ?? [])
      if (w.workers !== e.workers)
        figures.push({ measure: 'end-to-end', name: `files → Neo4j articles/s (${w.workers} worker${w.workers === 1 ? '' : 's'})`, value: w.articlesPerSecond, unit: 'art/s', note: spread(w.ms.spreadPct, w.ms.runs) });
    if (e.byWorkers && e.byWorkers.length > 1)
      figures.push({ measure: 'end-to-end', name: `speed-up, ${e.byWorkers.at(-1)!.workers} workers over 1`, value: e.speedupAllWorkers, unit: '×' });
    figures.push({ measure: 'end-to-end', name: 'avg tokens per article', value: e.avgTokensPerArticle, unit: 'tok' });
    const mem = e.memory;
    if (mem)
      figures.push(
        { measure: 'end-to-end', name: `CLI peak RSS, ${mem.articles.toLocaleString('en')} articles`, value: mem.peakRssMb, unit: 'MB', note: `${mem.command}; main thread + workers` },
        {
          measure: 'end-to-end',
          name: `CLI peak RSS, ${(mem.articles * mem.factor).toLocaleString('en')} articles`,
          value: mem.peakRssMbLarger,
          unit: 'MB',
          ...(mem.cliArticlesPerSecond !== undefined && { note: `the CLI ran at ${formatValue(mem.cliArticlesPerSecond)} articles/s, start to exit` }),
        },
        { measure: 'end-to-end', name: `CLI peak RSS, ${mem.factor}× articles over 1×`, value: mem.ratio, unit: '×', target: { op: '<=', value: 1.5 } },
      );
    if (mem?.cliMarginalArticlesPerSecond !== undefined)
      figures.push({
        measure: 'end-to-end',
        name: 'CLI articles/s once started (the larger run over the smaller)',
        value: mem.cliMarginalArticlesPerSecond,
        unit: 'art/s',
        note: `start-up excluded: ${(mem.articles * (mem.factor - 1)).toLocaleString('en')} added articles over the time they added${mem.cliMarginalCpuMsPerArticle !== undefined ? `; CLI CPU ${mem.cliMarginalCpuMsPerArticle.toFixed(1)} ms per added article` : ''}`,
      });
    if (mem?.cliCpuMsPerArticle !== undefined && mem.neo4jCpuMsPerArticle !== undefined) {
      const ceiling = (report.machine.cpus * 1000) / (mem.cliCpuMsPerArticle + mem.neo4jCpuMsPerArticle);
      figures.push(
        { measure: 'end-to-end', name: 'CPU per article, CLI (main thread + workers)', value: mem.cliCpuMsPerArticle, unit: 'ms' },
        { measure: 'end-to-end', name: 'CPU per article, Neo4j server', value: mem.neo4jCpuMsPerArticle, unit: 'ms' },
        {
          measure: 'end-to-end',
          name: `CPU-bound ceiling on ${report.machine.cpus} idle cores`,
          value: ceiling,
          unit: 'art/s',
          note: 'cores ÷ CPU per article; not a measurement: what the CPU work would allow if nothing else ran and nothing waited',
        },
      );
    }
  }
  const q = report.queries;
  if (q)
    for (const [name, r] of Object.entries(q)) {
      const note = `graph of ${report.queryGraphArticles ?? '?'} articles; Cypher p50 ${r.cypherP50Ms.toFixed(1)} ms, p95 ${r.cypherP95Ms.toFixed(1)} ms; ${r.items} items`;
      figures.push(
        { measure: 'queries', name: `${name} p50`, value: r.p50Ms, unit: 'ms' },
        { measure: 'queries', name: `${name} p95`, value: r.p95Ms, unit: 'ms' },
        { measure: 'queries', name: `${name} ratio to Cypher (p50)`, value: r.ratioToCypher, unit: '×', target: QUERY_TARGET, note },
      );
    }
  for (const g of report.growth ?? []) {
    const at = `${g.articles.toLocaleString('en')} articles`;
    figures.push(
      { measure: 'growth', name: `${at}: ingest ms/article`, value: g.ingestMsPerArticle, unit: 'ms', note: `${g.nodes} nodes, ${g.relationships} relationships` },
      { measure: 'growth', name: `${at}: headline p50`, value: g.headlineP50Ms, unit: 'ms', ...(g.headlineAnswerKb !== undefined ? { note: `answer ${g.headlineAnswerKb.toFixed(0)} kB` } : {}) },
      ...(g.headlinePageP50Ms !== undefined
        ? [{ measure: 'growth', name: `${at}: headline p50, fixed page (5 × 5 × 3)`, value: g.headlinePageP50Ms, unit: 'ms', note: `answer ${g.headlinePageAnswerKb?.toFixed(1) ?? '?'} kB` }]
        : []),
      {
        measure: 'growth',
        name: `${at}: peak RSS (bench process)`,
        value: g.peakRssMb,
        unit: 'MB',
        ...(g.neo4jPeakRssMb !== undefined ? { note: `Neo4j server peak ${g.neo4jPeakRssMb.toFixed(0)} MB` } : {}),
      },
    );
  }
  const [first, last] = [report.growth?.[0], report.growth?.at(-1)];
  if (first && last && last !== first) {
    const span = `${last.articles.toLocaleString('en')} over ${first.articles.toLocaleString('en')} articles`;
    figures.push(
      { measure: 'growth', name: `ingest ms/article, ${span}`, value: last.ingestMsPerArticle / first.ingestMsPerArticle, unit: '×', target: GROWTH_INGEST_TARGET },
      {
        measure: 'growth',
        name: `headline p50, ${span}`,
        value: last.headlineP50Ms / first.headlineP50Ms,
        unit: '×',
        target: GROWTH_QUERY_TARGET,
        ...(first.headlineAnswerKb !== undefined && last.headlineAnswerKb !== undefined
          ? { note: `answer ${(last.headlineAnswerKb / first.headlineAnswerKb).toFixed(1)}× as large` }
          : {}),
      },
    );
    if (first.headlinePageP50Ms && last.headlinePageP50Ms && first.headlinePageAnswerKb && last.headlinePageAnswerKb)
      figures.push({
        measure: 'growth',
        name: `headline p50 on a fixed page, ${span}`,
        value: last.headlinePageP50Ms / first.headlinePageP50Ms,
        unit: '×',
        target: GROWTH_QUERY_TARGET,
        note: `answer ${(last.headlinePageAnswerKb / first.headlinePageAnswerKb).toFixed(2)}× as large`,
      });
  }
  return figures;
}

/** Numbers as people read them: 3 significant digits, thousands separated. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
  return Number(value.toPrecision(3)).toString();
}

const formatTarget = (t?: Target) => (t ? `${t.op} ${formatValue(t.value)}${t.when ? ` (${t.when})` : ''}` : '');

/** A plain-text table: figure, value, target, verdict, note. */
export function renderTable(report: BenchReport): string {
  const rows = figuresOf(report).map((f) => [f.measure, f.name, `${formatValue(f.value)} ${f.unit}`, formatTarget(f.target), verdict(f), f.note ?? '']);
  const header = ['measure', 'figure', 'value', 'target', 'verdict', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const m = report.machine;
  return [
    `newsgraph bench (${report.mode}) at ${m.commit}, ${m.date}`,
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(0)} GB, Node ${m.node}${m.neo4j ? `, Neo4j ${m.neo4j}` : ''}; load average ${m.loadStart.toFixed(1)} at start, ${m.loadEnd?.toFixed(1) ?? '?'} at end`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
