/**
 * Measures the readers: articles per second for a folder of text files, HTML pages and a
 * JSON Lines dump, and the heap while streaming the dump (it should stay flat).
 * Run: npx tsx tests/unit/read/throughput.script.ts [articles=5000]
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../src/ingest/read/index.js';
import { SEED } from './helpers.js';

const N = Number(process.argv[2] ?? 5000);
const seed = readFileSync(SEED, 'utf8');
const body = seed.slice(seed.indexOf('\n') + 1);
const page = readFileSync(new URL('../../fixtures/inputs/html/page.html', import.meta.url), 'utf8');

async function measure(label: string, inputs: string[], bytes: number): Promise<void> {
  let ok = 0;
  let failed = 0;
  let peakHeap = 0;
  const start = performance.now();
  for await (const r of readInputs(inputs)) {
    r.ok ? ok++ : failed++;
    if ((ok + failed) % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const s = (performance.now() - start) / 1000;
  console.log(
    `${label.padEnd(22)} ${ok} ok, ${failed} failed in ${s.toFixed(2)} s: ${Math.round((ok + failed) / s)} articles/s, ` +
      `${(bytes / 1024 / 1024 / s).toFixed(1)} MB/s, peak heap ${(peakHeap / 1024 / 1024).toFixed(0)} MB`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-bench-'));
try {
  await mkdir(join(dir, 'text'));
  await mkdir(join(dir, 'html'));
  let textBytes = 0;
  let htmlBytes = 0;
  for (let i = 0; i < N; i++) {
    const text = `date 2026-03-06 Story number ${i}\n${body}`;
    textBytes += text.length;
    await writeFile(join(dir, 'text', `${i}.txt`), text);
    if (i < N / 5) {
      const html = page.replace('floods-recede', `floods-recede-${i}`);
      htmlBytes += html.length;
      await writeFile(join(dir, 'html', `${i}.html`), html);
    }
  }
  // Written line by line and not kept, so the heap figure is the reader's.
  const out = createWriteStream(join(dir, 'dump.jsonl'));
  let dumpBytes = 0;
  for (let i = 0; i < N * 4; i++) {
    const line = `${JSON.stringify({ url: `https://example.com/${i}`, title: `Story ${i}`, date: '2026-03-06', text: body })}\n`;
    dumpBytes += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  await new Promise((resolve) => out.end(resolve));
  await measure('text folder', [join(dir, 'text')], textBytes);
  await measure('HTML folder', [join(dir, 'html')], htmlBytes);
  await measure('JSON Lines (streamed)', [join(dir, 'dump.jsonl')], dumpBytes);
} finally {
  await rm(dir, { recursive: true });
}
