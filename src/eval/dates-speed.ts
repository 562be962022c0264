/**
 * How much the dates stage costs next to wink's `readDoc` (the token layer every stage
 * reads): times both over the MEANTIME texts, after warm-up passes.
 *
 *   npx tsx src/eval/dates-speed.ts /work/shared/corpora/meantime/corpus_*
 */
import { createContext, type AnalysisContext } from '../ingest/analyse/context.js';
import { dates } from '../ingest/analyse/dates/index.js';
import { tokenize } from '../ingest/analyse/nlp.js';
import { readGroup } from './meantime/evaluate.js';

const articles = (await Promise.all(process.argv.slice(2).map(readGroup))).flatMap((g) => g.documents.map((d) => d.article));
const layers = articles.map((a) => tokenize(a.text));
const contextOf = (i: number): AnalysisContext => createContext(articles[i]!, layers[i]!);

/** Mean ms of a pass, after warm-up passes (the JIT needs several to settle). */
function time(run: () => void, passes = 20, warmup = 20): number {
  for (let p = 0; p < warmup; p++) run();
  const start = performance.now();
  for (let p = 0; p < passes; p++) run();
  return (performance.now() - start) / passes;
}

const tokenizeMs = time(() => articles.forEach((a) => tokenize(a.text)));
const datesMs = time(() => articles.forEach((_, i) => dates.run(contextOf(i))));
const tokens = layers.reduce((n, l) => n + l.tokens.length, 0);
const found = { dates: 0, references: 0 };
articles.forEach((_, i) => {
  const ctx = contextOf(i);
  dates.run(ctx);
  found.dates += ctx.dates.length;
  found.references += ctx.timeReferences?.length ?? 0;
});
process.stdout.write(
  `${articles.length} articles, ${tokens} tokens, ${found.dates} dates and ${found.references} reference dates\n` +
    `wink readDoc + token layer: ${tokenizeMs.toFixed(1)} ms (${Math.round(tokens / (tokenizeMs / 1000))} tokens/s)\n` +
    `dates stage:                ${datesMs.toFixed(1)} ms (${((100 * datesMs) / tokenizeMs).toFixed(1)}% of the token layer)\n`,
);
