/** ingestStream's scheduling: writes one at a time and in order, analysis overlapping them, clean stop. */
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import type { GraphWriter } from '../../src/graph/write.js';
import { analyse } from '../../src/ingest/analyse/index.js';
import { AnalysisPool, BATCH_SIZE } from '../../src/ingest/analyse/pool.js';
import type { BatchMessage } from '../../src/ingest/analyse/worker.js';
import type { ReadResult } from '../../src/ingest/read/index.js';
import type { AnalysedArticle, Article } from '../../src/ingest/types.js';
import { ingestStream } from '../../src/pipeline.js';

const article = (i: number): Article => ({ id: `a${i}`, title: `t${i}`, publishedAt: '2026-01-01', text: 'x', credits: [], input: `in#${i}` });
const analysed = (a: Article): AnalysedArticle => ({ article: a, sentences: [], mentions: [], entities: [], dates: [], events: [], relations: [], quotes: [], diagnostics: [] });

/** A log of what happened when, shared by the fakes. */
function recorder() {
  const events: string[] = [];
  let writing = 0;
  const writer = {
    async writeBatch(batch: AnalysedArticle[]) {
      writing++;
      if (writing > 1) events.push('OVERLAPPING WRITES');
      events.push(`write start ${batch.map((b) => b.article.id).join(',')}`);
      await sleep(30);
      events.push(`write end ${batch[0]!.article.id}`);
      writing--;
      return { written: batch.length, unchanged: 0, nodesCreated: 0, relationshipsCreated: 0, created: {}, matched: {} };
    },
  } as unknown as GraphWriter;
  const pool = {
    size: 1,
    async analyse(a: Article) {
      events.push(`analyse ${a.id}`);
      await sleep(1);
      return analysed(a);
    },
  } as unknown as AnalysisPool;
  return { events, writer, pool };
}

function* inputs(n: number, onRead?: (i: number) => void): Generator<ReadResult> {
  for (let i = 0; i < n; i++) {
    onRead?.(i);
    yield { ok: true, article: article(i) };
  }
}

describe('ingestStream', () => {
  it('writes batches one at a time, in order, while the next batch is analysed', async () => {
    const { events, writer, pool } = recorder();
    const summary = await ingestStream(writer, inputs(30), { batchSize: 10, pool });
    expect(summary).toMatchObject({ read: 30, written: 30 });
    expect(events).not.toContain('OVERLAPPING WRITES');
    const writes = events.filter((e) => e.startsWith('write start')).map((e) => e.split(',')[0]);
    expect(writes).toEqual(['write start a0', 'write start a10', 'write start a20']);
    // The whole second batch (a10–a19) is analysed before the first write has ended.
    expect(events.indexOf('analyse a19')).toBeGreaterThan(0);
    expect(events.indexOf('analyse a19')).toBeLessThan(events.indexOf('write end a0'));
  });

  it('stops reading when aborted, and still writes what it has read', async () => {
    const { writer, pool } = recorder();
    const stop = new AbortController();
    let reads = 0;
    const summary = await ingestStream(writer, inputs(100, (i) => ((reads = i + 1), i === 4 && stop.abort())), { batchSize: 3, pool, signal: stop.signal });
    // Ctrl-C arrives while the fifth article is read: it is dropped, the four before it are written.
    expect(reads).toBe(5);
    expect(summary.read).toBe(4);
    expect(summary.written).toBe(4);
  });

  it('reports a failed write and leaves no unhandled rejection behind', async () => {
    const { pool } = recorder();
    const failing = { writeBatch: async () => Promise.reject(new Error('Neo4j went away')) } as unknown as GraphWriter;
    await expect(ingestStream(failing, inputs(7), { batchSize: 2, pool })).rejects.toThrow(/Neo4j went away/);
  });

  it('counts unreadable inputs without stopping', async () => {
    const { writer } = recorder();
    const results: ReadResult[] = [...inputs(2)];
    results.splice(1, 0, { ok: false, error: Object.assign(new Error('bad'), { input: 'x', reason: 'bad' }) as never });
    const summary = await ingestStream(writer, results, { batchSize: 10 });
    expect(summary).toMatchObject({ read: 2, written: 2 });
    expect(summary.failed).toHaveLength(1);
  });
});

describe('AnalysisPool', () => {
  it('analyses on a worker thread (started from source here) exactly as on the main thread', async () => {
    const pool = new AnalysisPool(1);
    try {
      const a = { ...article(1), text: 'Prime Minister Mark Carney met President Emmanuel Macron in Paris on Tuesday, officials said.' };
      const [onWorker, onMain] = [await pool.analyse(a), analyse(a)];
      expect(onWorker.entities.map((e) => e.name)).toContain('Emmanuel Macron');
      expect(JSON.parse(JSON.stringify(onWorker))).toEqual(JSON.parse(JSON.stringify(onMain)));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('sends articles in batches, answers each with its own result in order, and fails only the article that breaks', async () => {
    const pool = new AnalysisPool(1);
    const sent = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      const texts = Array.from({ length: BATCH_SIZE + 4 }, (_, i) => `Officials in Oslo met delegate number ${i} on Monday, the ministry said.`);
      const articles = texts.map((text, i) => ({ ...article(i), text }));
      // Not a string: wink throws on it, inside the first batch.
      articles[3] = { ...articles[3]!, text: 42 as unknown as string };
      const settled = await Promise.allSettled(articles.map((a) => pool.analyse(a)));
      // Asked for in one turn of the event loop: a full batch, then the rest.
      expect(sent.mock.calls.map(([message]) => (message as BatchMessage).items.length)).toEqual([BATCH_SIZE, 4]);
      expect(settled[3]).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/^in#3: analysis failed/) } });
      settled.forEach((s, i) => {
        if (i === 3) return;
        expect(s.status).toBe('fulfilled');
        const analysed = (s as PromiseFulfilledResult<AnalysedArticle>).value;
        expect(JSON.parse(JSON.stringify(analysed))).toEqual(JSON.parse(JSON.stringify(analyse(articles[i]!))));
      });
    } finally {
      sent.mockRestore();
      await pool.close();
    }
  }, 60_000);
});
