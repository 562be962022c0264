/**
 * The benchmark's articles as the pipeline sees them: variants (variants.ts) read one by one by
 * the JSON reader, as from a JSON Lines stream (no disk in between), and, for the measures that
 * write pre-analysed articles, analysed up front (not timed).
 */
import { analyse } from '../src/ingest/analyse/index.js';
import { readText, type ReadResult } from '../src/ingest/read/index.js';
import type { AnalysedArticle } from '../src/ingest/types.js';
import type { SourceArticle } from './corpus.js';
import { variants } from './variants.js';

/** Copies `start` … `start + count - 1` of the sources, read; each input is named `bench#<copy>`. */
export function* readVariants(sources: readonly SourceArticle[], count: number, start = 0): Generator<ReadResult> {
  let i = start;
  for (const input of variants(sources, count, start)) yield* readText(JSON.stringify(input), `bench#${i++}`, 'json');
}

/** The same, analysed: the writer's input. A variant the reader refuses is an error of the benchmark. */
export function analysedVariants(sources: readonly SourceArticle[], count: number, start = 0): AnalysedArticle[] {
  const out: AnalysedArticle[] = [];
  for (const result of readVariants(sources, count, start)) {
    if (!result.ok) throw result.error;
    out.push(analyse(result.article));
  }
  return out;
}
