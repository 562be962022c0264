/**
 * Measure 1: analysis throughput. newsgraph's analysis as ingestion runs it (`analyseBatch` over
 * batches of the pool's `BATCH_SIZE`), and `analyse()` article by article, against wink's own
 * `readDoc` with its default pipes (the practical ceiling: every stage reads wink's token layer)
 * and against compromise's people/places/organizations (the peer), over the same texts,
 * interleaved in each run.
 */
import nlpCompromise from 'compromise';
import { createContext } from '../../src/ingest/analyse/context.js';
import { analyse, analyseBatch, pipeline } from '../../src/ingest/analyse/index.js';
import { BATCH_SIZE } from '../../src/ingest/analyse/pool.js';
import { tokenize } from '../../src/ingest/analyse/nlp.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article } from '../../src/ingest/types.js';
import { median, summarise, type Summary } from '../stats.js';

export interface AnalysisResult {
  articles: number;
  /** wink tokens over all texts (words, punctuation, numbers; spaces are not tokens). */
  tokens: number;
  /** Articles per `analyseBatch` call: the analysis pool's batch. Absent in results before session 9. */
  batchSize?: number;
  /**
   * CPU milliseconds per pass over all texts (see `timed`), of the analysis as ingestion runs it:
   * `analyseBatch` on batches of `batchSize` (until session 9: `analyse()` article by article).
   */
  analyseMs: Summary;
  winkMs: Summary;
  compromiseMs: Summary;
  /** Wall-clock milliseconds per pass of the analysis: higher than CPU time on a busy machine. */
  analyseWallMs: Summary;
  /** Per CPU second, like every other analysis speed here. */
  tokensPerSecond: number;
  wallTokensPerSecond: number;
  articlesPerSecond: number;
  winkTokensPerSecond: number;
  compromiseTokensPerSecond: number;
  /** Analysis speed / wink readDoc speed (1 = as fast as wink alone). */
  ratioToWink: number;
  /** Analysis speed / compromise speed (10 = ten times faster). */
  ratioToCompromise: number;
  /** `analyse()` called article by article (the API's and `newsgraph analyze`'s way), in the same rounds. */
  perArticle?: { analyseMs: Summary; tokensPerSecond: number; ratioToWink: number; ratioToCompromise: number };
  /**
   * Where analyse() spends its CPU time: milliseconds per pass in the token layer (`tokenize`:
   * wink's readDoc and nlp.ts) and in each pipeline stage (`dates`, `entities`, `events`), median over the runs.
   */
  stagesMs: Record<string, number>;
  /**
   * The same ratios from a load-robust estimate: over `rounds` rounds, each tool reads the corpus
   * in turn, and keeps its fastest time per article; the sums are compared.
   * A busy neighbour can slow a run but never make one faster, so the per-article minimum moves
   * little with the machine's load (±1.5 % between runs against ±16–57 % for the medians above,
   * at a load of 3–5).
   */
  bestOf: {
    rounds: number;
    /** Analysis in batches: the fastest time of each batch, summed. */
    analyseMs: number;
    winkMs: number;
    compromiseMs: number;
    ratioToWink: number;
    ratioToCompromise: number;
    perArticle?: { analyseMs: number; ratioToWink: number; ratioToCompromise: number };
  };
  /** Uncounted passes over the corpus before the runs (see `warmUp`). Absent in results before session 7. */
  warmupPasses?: { analyse: number; peers: number };
}

/**
 * The baseline is wink as its users get it: `winkNLP(model)` with its default pipes. analyse()
 * runs a leaner wink (POS only: no negation, sentiment, NER or sbd, see nlp.ts); that saving
 * counts in its favour.
 */
const wink = winkNLP(model);
const winkPass = (texts: readonly string[]) => {
  for (const t of texts) wink.readDoc(t);
};
const compromisePass = (texts: readonly string[]) => {
  for (const t of texts) {
    const doc = nlpCompromise(t);
    // Read the names out, as a caller would; cheaper than .json(), so it favours the peer.
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
};
const analysePass = (articles: readonly Article[]) => {
  for (const a of articles) analyse(a);
};
/** The corpus in the analysis pool's batches, in order. */
const batchesOf = (articles: readonly Article[]): Article[][] =>
  Array.from({ length: Math.ceil(articles.length / BATCH_SIZE) }, (_, i) => articles.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE));

/**
 * Both clocks of one pass, in ms. The pass is synchronous and single-threaded, so its CPU time
 * (this process, user + system) is what it would take on an idle core; wall time also counts
 * waiting for the CPU when other processes share the machine.
 */
function timed(fn: () => void): { cpu: number; wall: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

/** One pass of analyse() taken apart: CPU ms in the token layer and in each stage (same steps as `analyse`). */
/** Passes of the stage breakdown (its medians are context, not a target). */
const STAGE_PASSES = 3;

function stagePass(articles: readonly Article[]): Record<string, number> {
  const pass: Record<string, number> = { tokenize: 0 };
  for (const article of articles) {
    let ctx: ReturnType<typeof createContext> | undefined;
    pass.tokenize! += timed(() => (ctx = createContext(article, tokenize(article.text)))).cpu;
    for (const stage of pipeline) pass[stage.name] = (pass[stage.name] ?? 0) + timed(() => stage.run(ctx!)).cpu;
  }
  return pass;
}

type Tool = 'batches' | 'analyse' | 'wink' | 'compromise';
type Timing = { cpu: number; wall: number };

/**
 * `rounds` rounds; in each, every tool reads the whole corpus, article after article as a caller
 * would (the batched analysis batch after batch), the tools' order rotating between rounds. Each
 * pass gives both clocks (the medians), and each article (batch) its wall time (the best-of: the
 * sum of each tool's fastest times).
 * Not article by article across the tools: then each tool starts every article with the CPU
 * caches filled by another, which made `analyse()` 30–37 % slower than in a stream of its own
 * (measured in session 6) and so measured the neighbour, not the tool. One set of passes serves
 * both estimates (until session 8 the best-of had passes of its own: compromise's were a quarter
 * of a quick run).
 */
function rounds(articles: readonly Article[], count: number): { passes: Record<Tool, Timing[]>; bestOf: AnalysisResult['bestOf'] } {
  // Each tool's units of work, in order: one call per article, or per batch.
  const units: Record<Tool, Array<() => void>> = {
    batches: batchesOf(articles).map((batch) => () => analyseBatch(batch)),
    analyse: articles.map((a) => () => analyse(a)),
    wink: articles.map((a) => () => winkPass([a.text])),
    compromise: articles.map((a) => () => compromisePass([a.text])),
  };
  const names = Object.keys(units) as Tool[];
  const passes: Record<Tool, Timing[]> = { batches: [], analyse: [], wink: [], compromise: [] };
  const fastest = Object.fromEntries(names.map((n) => [n, units[n].map(() => Infinity)])) as Record<Tool, number[]>;
  for (let round = 0; round < count; round++)
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      const calls = units[name];
      const times = fastest[name];
      passes[name].push(
        timed(() => {
          for (let k = 0; k < calls.length; k++) {
            const started = performance.now();
            calls[k]!();
            times[k] = Math.min(times[k]!, performance.now() - started);
          }
        }),
      );
    }
  const sum = (n: Tool) => fastest[n].reduce((a, b) => a + b, 0);
  const [analyseMs, perArticleMs, winkMs, compromiseMs] = [sum('batches'), sum('analyse'), sum('wink'), sum('compromise')];
  return {
    passes,
    bestOf: {
      rounds: count,
      analyseMs,
      winkMs,
      compromiseMs,
      ratioToWink: winkMs / analyseMs,
      ratioToCompromise: compromiseMs / analyseMs,
      perArticle: { analyseMs: perArticleMs, ratioToWink: winkMs / perArticleMs, ratioToCompromise: compromiseMs / perArticleMs },
    },
  };
}

/**
 * Uncounted passes until each tool runs at its settled speed, so that the runs compare the tools,
 * not how fast their code gets compiled. Measured pass by pass over this corpus (session 7): wink
 * and compromise are settled by their third pass; analyse(), many more smaller functions, by
 * ~1,000 articles (its first passes also load the gazetteers). A short ingest pays this warm-up:
 * the end-to-end measure counts it.
 */
function warmUp(articles: readonly Article[], texts: readonly string[], options: { warmup: number; warmupArticles: number }): AnalysisResult['warmupPasses'] {
  const analysePasses = Math.max(options.warmup, Math.ceil(options.warmupArticles / Math.max(1, articles.length)));
  for (let i = 0; i < analysePasses; i++) analysePass(articles);
  for (let i = 0; i < options.warmup; i++) {
    winkPass(texts);
    compromisePass(texts);
  }
  return { analyse: analysePasses, peers: options.warmup };
}

export function measureAnalysis(articles: readonly Article[], options: { rounds: number; warmup: number; warmupArticles: number }): AnalysisResult {
  const texts = articles.map((a) => a.text);
  const tokens = texts.reduce((n, t) => n + wink.readDoc(t).tokens().length(), 0);
  const warmupPasses = warmUp(articles, texts, options);
  const { passes, bestOf } = rounds(articles, options.rounds);
  // Stage breakdown in passes of its own, after the timed ones: the clock reads must not weigh on them.
  const stagePasses = Array.from({ length: STAGE_PASSES }, () => stagePass(articles));
  const stagesMs = Object.fromEntries(Object.keys(stagePasses[0] ?? {}).map((k) => [k, median(stagePasses.map((p) => p[k] ?? 0))]));
  const analyseMs = summarise(passes.batches.map((r) => r.cpu));
  const perArticleMs = summarise(passes.analyse.map((r) => r.cpu));
  const winkMs = summarise(passes.wink.map((r) => r.cpu));
  const compromiseMs = summarise(passes.compromise.map((r) => r.cpu));
  const analyseWallMs = summarise(passes.batches.map((r) => r.wall));
  const perSecond = (count: number, ms: number) => count / (ms / 1000);
  return {
    articles: articles.length,
    tokens,
    batchSize: BATCH_SIZE,
    analyseMs,
    winkMs,
    compromiseMs,
    analyseWallMs,
    tokensPerSecond: perSecond(tokens, analyseMs.median),
    wallTokensPerSecond: perSecond(tokens, analyseWallMs.median),
    articlesPerSecond: perSecond(articles.length, analyseMs.median),
    winkTokensPerSecond: perSecond(tokens, winkMs.median),
    compromiseTokensPerSecond: perSecond(tokens, compromiseMs.median),
    ratioToWink: winkMs.median / analyseMs.median,
    ratioToCompromise: compromiseMs.median / analyseMs.median,
    perArticle: {
      analyseMs: perArticleMs,
      tokensPerSecond: perSecond(tokens, perArticleMs.median),
      ratioToWink: winkMs.median / perArticleMs.median,
      ratioToCompromise: compromiseMs.median / perArticleMs.median,
    },
    stagesMs,
    bestOf,
    warmupPasses,
  };
}
