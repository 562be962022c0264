/**
 * analyse: Article → AnalysedArticle. Pure (no I/O), deterministic, fast.
 *
 * The pipeline is declared here, in order; each stage lives in its own module,
 * named after what it finds, and appends to the shared AnalysisContext.
 */
import type { AnalysedArticle, Article } from '../types.js';
import { createContext, type Stage } from './context.js';
import { dates } from './dates.js';
import { entities } from './entities/index.js';
import { events } from './events/index.js';

/** The analysis stages, in the order they run. Later stages read what earlier ones found. */
export const pipeline: readonly Stage[] = [dates, entities, events];

export function analyse(article: Article): AnalysedArticle {
  return analyseBatch([article])[0]!;
}

/**
 * `analyse` on each article, run stage by stage: every article's token layer, then every
 * article's dates, entities, events. Same results; less CPU, because each stage's code stays hot
 * across the batch instead of being evicted by wink's and the other stages' code at every article
 * (over the MEANTIME texts in batches of 10–200: 5–8% on the fastest passes, 14–20% on the
 * medians; BENCHMARKS.md). Stages read only their own article's context, so a batch is as
 * independent as its articles. Ingestion's workers analyse in batches (pool.ts).
 */
export function analyseBatch(articles: readonly Article[]): AnalysedArticle[] {
  const contexts = articles.map((article) => createContext(article));
  for (const stage of pipeline) for (const ctx of contexts) stage.run(ctx);
  return contexts.map((ctx) => ({
    article: ctx.article,
    sentences: ctx.sentences,
    mentions: ctx.mentions,
    entities: ctx.entities,
    dates: ctx.dates,
    // "now", "recently": TimeML reference values, kept apart so no event is dated by one.
    ...(ctx.timeReferences ? { timeReferences: ctx.timeReferences } : {}),
    events: ctx.events,
    relations: ctx.relations,
    quotes: ctx.quotes,
    diagnostics: ctx.diagnostics,
  }));
}
