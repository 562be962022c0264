/**
 * Analysis on all cores: a fixed pool of worker threads, each with its own wink-nlp and
 * gazetteers, fed batches of up to `BATCH_SIZE` articles, which each worker analyses stage by
 * stage (`analyseBatch`). Callers still hand in one article at a time and get its own promise.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ExtractionError } from '../../errors.js';
import type { AnalysedArticle, Article } from '../types.js';
import type { BatchMessage, ResultMessage } from './worker.js';

interface Pending {
  resolve: (a: AnalysedArticle) => void;
  reject: (e: Error) => void;
  input: string;
}

/**
 * A worker running `worker.js` next to this file; from source (tsx, vitest), `worker.ts` with
 * tsx registered inside the worker, since Node 20 does not hand `--import` loaders to workers.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, { eval: true });
}

/**
 * Workers by default: one per core but one. The main thread has its own work (resolving, building
 * and sending the writes) and a local Neo4j needs a core; on 2 cores, 2 workers measured slower
 * end to end than 1 (BENCHMARKS.md, end to end).
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * Articles per message to a worker. Stage by stage over a batch saves CPU from about 10
 * articles on (`analyseBatch`); a batch also costs one message instead of one per article.
 */
export const BATCH_SIZE = 16;

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Articles waiting to be sent, and whether a send is scheduled for them. */
  private queue: BatchMessage['items'] = [];
  private sendScheduled = false;

  constructor(readonly size: number = defaultWorkerCount()) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      worker.on('message', ({ results }: ResultMessage) => {
        for (const m of results) {
          const p = this.pending.get(m.id);
          if (!p) continue;
          this.pending.delete(m.id);
          this.load[i]!--;
          if (m.analysed) p.resolve(m.analysed);
          else p.reject(new ExtractionError(`${p.input}: analysis failed: ${m.error ?? 'unknown error'}`));
        }
      });
      worker.on('error', (error) => {
        for (const [id, p] of this.pending) {
          p.reject(new ExtractionError(`${p.input}: analysis worker crashed: ${error.message}`));
          this.pending.delete(id);
        }
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /**
   * Analyse `article` on a worker: queued, and sent with the articles queued after it in this turn
   * of the event loop (at most `BATCH_SIZE` per message) to the least busy worker.
   */
  analyse(article: Article): Promise<AnalysedArticle> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, input: article.input });
      this.queue.push({ id, article });
      if (this.queue.length >= BATCH_SIZE) this.send();
      else if (!this.sendScheduled) {
        this.sendScheduled = true;
        setImmediate(() => {
          this.sendScheduled = false;
          this.send();
        });
      }
    });
  }

  private send(): void {
    if (this.queue.length === 0) return;
    const items = this.queue;
    this.queue = [];
    let best = 0;
    for (let i = 1; i < this.size; i++) if (this.load[i]! < this.load[best]!) best = i;
    this.load[best]! += items.length;
    this.workers[best]!.postMessage({ items } satisfies BatchMessage);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
