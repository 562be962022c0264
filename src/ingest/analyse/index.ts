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
  const ctx = createContext(article);
  for (const stage of pipeline) stage.run(ctx);
  return {
    article,
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
  };
}
