import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/ingest/read/index.js';
import { formatFromPath } from '../../../src/ingest/read/format.js';
import { articleOf, collect, errorOf, fixture, FIXTURES, SEED } from './helpers.js';

/** What a result says, in one comparable line. */
function summary(r: { ok: true; article: { input: string } } | { ok: false; error: { message: string } }): string {
  return r.ok ? `ok ${r.article.input}` : `error ${r.error.message}`;
}

describe('files, folders and globs', () => {
  it('reads a folder recursively, in sorted order, only files with known extensions', async () => {
    const dir = fixture('mixed');
    const results = (await collect(readInputs([dir]))).map(summary);
    expect(results).toEqual([
      `ok ${dir}/2026-02-14-harbour-bridge-reopens.txt`,
      `ok ${dir}/nested/atom.xml#0`,
      `ok ${dir}/nested/items.jsonl#0`,
      `error ${dir}/nested/items.jsonl#1: invalid JSON on line 2: Unexpected token '}'`,
      expect.stringMatching(new RegExp(`^error ${dir}/nested/items.jsonl#2: not English: looks Spanish`)),
      `ok ${dir}/nested/items.jsonl#3`,
    ]);
  });

  it('expands globs and mixes inputs in the order given', async () => {
    const results = await collect(readInputs([`${FIXTURES}html/*.html`, SEED]));
    expect(results.map((r) => (r.ok ? r.article.input : r.error.input))).toEqual([
      fixture('html/jsonld.html'),
      fixture('html/no-date.html'),
      fixture('html/page.html'),
      SEED,
    ]);
  });

  it('names a missing input and goes on', async () => {
    const results = await collect(readInputs(['/no/such/file.txt', SEED]));
    expect(errorOf(results[0])).toBe('/no/such/file.txt: no such file, folder or URL');
    expect(results[1]?.ok).toBe(true);
  });

  it('says when a glob matches nothing', async () => {
    const [r] = await collect(readInputs([`${FIXTURES}*.nothing`]));
    expect(errorOf(r)).toBe(`${FIXTURES}*.nothing: no input files found`);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const [r] = await collect(readInputs([SEED], { maxArticleBytes: 1024 }));
    const size = readFileSync(SEED).length;
    expect(errorOf(r)).toBe(`${SEED}: too large: ${(size / 1024).toFixed(1).replace(/\.0$/, '')} KB, the limit is 1 KB per article`);
  });

  it('streams a big JSON Lines file item by item', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
    try {
      const path = join(dir, 'dump.jsonl');
      const line = (i: number) =>
        JSON.stringify({ url: `https://example.com/${i}`, title: `Story ${i}`, date: '2026-01-01', text: `The council met on Monday and approved plan number ${i}.` });
      await writeFile(path, Array.from({ length: 2000 }, (_, i) => line(i)).join('\n'));
      let count = 0;
      let last = '';
      for await (const r of readInputs([path])) {
        count++;
        last = articleOf(r).input;
      }
      expect(count).toBe(2000);
      expect(last).toBe(`${path}#1999`);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('stdin', () => {
  it('reads "-" as stdin, sniffing the format', () => {
    const child = spawnSync('npx', ['tsx', join(import.meta.dirname, 'print-inputs.script.ts'), '-'], {
      input: readFileSync(SEED),
      encoding: 'utf8',
      timeout: 30_000,
    });
    const [line] = child.stdout.trim().split('\n');
    const r = JSON.parse(line!) as { ok: boolean; article: { input: string; title: string; credits: string[] } };
    expect(r.ok).toBe(true);
    expect(r.article).toMatchObject({ input: 'stdin', credits: ['Digi24.ro', 'EFE'] });
    expect(r.article.title).toMatch(/^Ukraine and Russia swap/);
  });
});

describe('URLs', () => {
  let server: Server;
  let base: string;
  const page = readFileSync(fixture('html/page.html'));
  const feed = readFileSync(fixture('feed/rss.xml'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/news/floods':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
          break;
        case '/story?id=7':
          res
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<html><head><meta name="date" content="2026-01-09"><title>Ferry sinks</title></head><body><article><p>A ferry sank near the coast on Friday and all passengers were rescued, the coast guard said.</p></article></body></html>');
          break;
        case '/rss':
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
          break;
        case '/plain':
          res
            .writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' })
            .end(iconv.encode('date 2026-01-05 Café fire\n\nA fire destroyed a café in the old town on Sunday, firefighters said.', 'win1252'));
          break;
        case '/huge':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<html><body>'.padEnd(600, ' '));
          res.end('x'.repeat(600)); // chunked, no content-length: the cap must stop it
          break;
        case '/slow':
          break; // never answers
        default:
          res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page: the content-type picks the reader, the canonical link is the URL', async () => {
    const [r] = await collect(readInputs([`${base}/news/floods`]));
    expect(articleOf(r)).toMatchObject({
      input: `${base}/news/floods`,
      url: 'https://valleypost.example/news/floods-recede',
      title: 'Flood waters recede in river towns',
      publisher: 'Valley Post',
    });
  });

  it('uses the fetched URL when the page names none', async () => {
    const [r] = await collect(readInputs([`${base}/story?id=7`]));
    expect(articleOf(r)).toMatchObject({ url: `${base}/story?id=7`, title: 'Ferry sinks', publishedAt: '2026-01-09' });
  });

  it('reads an RSS feed item by item', async () => {
    const results = await collect(readInputs([`${base}/rss`]));
    expect(results.map(summary)).toEqual([
      `ok ${base}/rss#0`,
      `ok ${base}/rss#1`,
      `error ${base}/rss#2: no publication date (the item has no pubDate, dc:date, published or updated element)`,
    ]);
  });

  it('decodes with the charset of the content-type', async () => {
    const [r] = await collect(readInputs([`${base}/plain`]));
    expect(articleOf(r)).toMatchObject({ title: 'Café fire', text: 'A fire destroyed a café in the old town on Sunday, firefighters said.' });
  });

  it('reports HTTP errors, oversize bodies and timeouts, naming the URL', async () => {
    const results = await collect(readInputs([`${base}/gone`, `${base}/huge`, `${base}/slow`], { maxFileBytes: 1000, fetchTimeoutMs: 300 }));
    expect(results.map(summary)).toEqual([
      `error ${base}/gone: HTTP 404 Not Found`,
      `error ${base}/huge: too large: 1.2 KB, the limit is 1000 bytes per file`,
      `error ${base}/slow: no response within 0.3 s`,
    ]);
  });

  it('reports a refused connection', async () => {
    // A port that was just free: nobody listens on it any more.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/x`;
    await new Promise((resolve) => probe.close(resolve));
    const [r] = await collect(readInputs([url]));
    expect(errorOf(r)).toBe(`${url}: cannot fetch: ECONNREFUSED`);
  });
});

describe('file extensions', () => {
  it('knows none that names a member of JavaScript objects', () => {
    expect(formatFromPath('notes.constructor')).toBeUndefined();
    expect(formatFromPath('notes.toString')).toBeUndefined();
    expect(formatFromPath('feed.xml')).toBe('feed');
  });
});
