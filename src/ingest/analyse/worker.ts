/** Worker-thread entry: analyses articles sent by the pool (src/ingest/analyse/pool.ts). */
import { parentPort } from 'node:worker_threads';
import { analyse } from './index.js';
import type { Article } from '../types.js';

parentPort?.on('message', (message: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: message.id, analysed: analyse(message.article) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
