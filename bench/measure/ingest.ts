/**
 * Measure 3: end-to-end ingest, files → Neo4j, through the same code as `newsgraph ingest`:
 * `readInputs` (a JSON Lines file, streamed) → `ingestStream` (analyse, resolve, write in batches).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import { nlp } from '../../src/ingest/analyse/nlp.js';
import { readInputs } from '../../src/ingest/read/index.js';
import { ingestStream } from '../../src/pipeline.js';
import { wipe } from '../neo4j.js';
import { summarise, type Summary } from '../stats.js';
import type { ArticleInput } from '../variants.js';

export interface EndToEndResult {
  articles: number;
  batchSize: number;
  /** wink tokens per article, averaged over the input. */
  avgTokensPerArticle: number;
  ms: Summary;
  articlesPerSecond: number;
  tokensPerSecond: number;
}

/** Write articles as a JSON Lines file, one per line; returns how many and their wink tokens. */
export async function writeJsonLines(path: string, articles: Iterable<ArticleInput>): Promise<{ count: number; tokens: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  let tokens = 0;
  for (const article of articles) {
    count++;
    tokens += nlp.readDoc(article.text).tokens().length();
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { count, tokens };
}

export async function measureEndToEnd(
  graph: Graph,
  file: { path: string; count: number; tokens: number },
  options: { runs: number; batchSize: number },
): Promise<EndToEndResult> {
  const runs: number[] = [];
  // Run -1 warms up Neo4j and the analyser's lazy gazetteers; it is not counted.
  for (let run = -1; run < options.runs; run++) {
    await wipe(graph);
    const writer = new GraphWriter(graph);
    const started = performance.now();
    const summary = await ingestStream(writer, readInputs([file.path]), { batchSize: options.batchSize });
    if (run >= 0) runs.push(performance.now() - started);
    if (summary.failed.length || summary.written !== file.count)
      throw new Error(`end-to-end ingest wrote ${summary.written} of ${file.count} articles; failures: ${summary.failed.slice(0, 3).map((e) => e.message).join('; ')}`);
  }
  const ms = summarise(runs);
  return {
    articles: file.count,
    batchSize: options.batchSize,
    avgTokensPerArticle: file.tokens / file.count,
    ms,
    articlesPerSecond: file.count / (ms.median / 1000),
    tokensPerSecond: file.tokens / (ms.median / 1000),
  };
}
