/** Worker-thread entry: analyses the batches of articles sent by the pool (src/ingest/analyse/pool.ts). */
import { parentPort } from 'node:worker_threads';
import { analyse, analyseBatch } from './index.js';
import type { AnalysedArticle, Article } from '../types.js';

export interface BatchMessage {
  items: Array<{ id: number; article: Article }>;
}
export interface ResultMessage {
  results: Array<{ id: number; analysed?: AnalysedArticle; error?: string }>;
}

const messageOf = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

parentPort?.on('message', ({ items }: BatchMessage) => {
  let results: ResultMessage['results'];
  try {
    const analysed = analyseBatch(items.map((item) => item.article));
    results = items.map((item, i) => ({ id: item.id, analysed: analysed[i]! }));
  } catch {
    // One article broke the batch: analyse each alone, so that only that one fails.
    results = items.map((item) => {
      try {
        return { id: item.id, analysed: analyse(item.article) };
      } catch (error) {
        return { id: item.id, error: messageOf(error) };
      }
    });
  }
  parentPort!.postMessage({ results } satisfies ResultMessage);
});
