/**
 * The real binary (`node dist/cli/index.js`, what `npx newsgraph` runs) against the real Neo4j:
 * mixed and broken inputs, standard input, exit codes, Ctrl-C mid-ingest then resume.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/db.js';
import { cleanDatabase, testConnection, withDriver } from '../helpers/neo4j.js';

const bin = 'dist/cli/index.js';
let graph: Graph;

function newsgraph(args: string[], input?: string) {
  const r = spawnSync('node', [bin, ...args], { input, encoding: 'utf8', env: process.env, timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function graphShape(): Promise<unknown> {
  const [row] = await graph.read(
    `CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (e:Event) RETURN collect(e.id + '|' + e.status + '|' + coalesce(e.date, '')) AS events }
     RETURN nodes, rels, events`,
  );
  return { ...row, events: [...(row!.events as string[])].sort() };
}

/** A folder of 30 distinct articles (the fixtures, each repeated with a distinct title) plus broken inputs. */
function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  const good = join(dir, 'good');
  mkdirSync(good);
  copyFileSync('samples/2026-03-06-ukraine-russia-prisoner-swap.txt', join(good, 'reference.txt'));
  for (let i = 0; i < 30; i++)
    writeFileSync(
      join(good, `wire-${i}.json`),
      JSON.stringify({ title: `Storm closes port ${i}`, publishedAt: '2026-05-0' + ((i % 9) + 1), text: `A storm forced the authorities in Rotterdam to close the port on Tuesday, officials said. Ships were diverted to Antwerp. Report number ${i}.` }),
    );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'broken.json'), '{"title": "x", ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
  return dir;
}

beforeAll(async () => {
  if (!existsSync(bin)) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  await withDriver(cleanDatabase);
  graph = Graph.connect(testConnection());
});
afterAll(async () => {
  await graph?.close();
});

describe('newsgraph ingest', () => {
  let corpus: string;
  let clean: unknown;

  it('ingests a mixed folder, names each broken input with its reason, and exits 3', () => {
    corpus = makeCorpus();
    const r = newsgraph(['ingest', '--json', '--workers', '2', corpus]);
    expect(r.code, r.stderr).toBe(3);
    const summary = JSON.parse(r.stdout);
    expect(summary.read).toBe(31);
    expect(summary.written).toBe(31);
    const reasons = Object.fromEntries(summary.failed.map((f: { input: string; reason: string }) => [f.input.split('/').pop(), f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'broken.json', 'empty.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['broken.json']).toMatch(/JSON/);
    expect(reasons['binary.txt']).toMatch(/binary/);
  });

  it('changes nothing when the same folder is ingested again', async () => {
    clean = await graphShape();
    const r = newsgraph(['ingest', '--json', corpus]);
    expect(JSON.parse(r.stdout)).toMatchObject({ written: 0, unchanged: 31, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphShape()).toEqual(clean);
  });

  it('stops cleanly on Ctrl-C and resumes to the same graph as one clean run', async () => {
    await withDriver(cleanDatabase);
    const child = spawn('node', [bin, 'ingest', '--json', '--batch-size', '5', '--workers', '1', corpus], { env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    // Interrupt once the first batch is in the graph.
    for (let i = 0; i < 600; i++) {
      const [row] = await graph.read('MATCH (a:Article) RETURN count(a) AS n');
      if (Number(row!.n) > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    const partial = JSON.parse(out);
    expect(partial.stopped).toBe(true);
    expect(partial.written).toBeLessThan(31);
    const resumed = newsgraph(['ingest', '--json', corpus]);
    expect(JSON.parse(resumed.stdout).written).toBe(31 - partial.written);
    expect(await graphShape()).toEqual(clean);
  });

  it('gives the same graph after a kill -9 mid-ingest and a re-run', async () => {
    await withDriver(cleanDatabase);
    const child = spawn('node', [bin, 'ingest', '--quiet', '--batch-size', '3', '--workers', '1', corpus], { env: process.env });
    for (let i = 0; i < 600; i++) {
      const [row] = await graph.read('MATCH (a:Article) RETURN count(a) AS n');
      if (Number(row!.n) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    newsgraph(['ingest', '--quiet', corpus]);
    expect(await graphShape()).toEqual(clean);
  });

  it('creates no duplicates when two processes ingest the same folder at once', async () => {
    await withDriver(cleanDatabase);
    const run = () =>
      new Promise<number | null>((resolve) => spawn('node', [bin, 'ingest', '--quiet', '--batch-size', '4', '--workers', '1', corpus], { env: process.env }).on('exit', resolve));
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual([3, 3]); // both report the three broken inputs
    expect(await graphShape()).toEqual(clean);
  });

  it('prints progress off a terminal (share done for local files, none for stdin), nothing with --quiet', () => {
    const r = newsgraph(['ingest', '--dry-run', corpus]);
    expect(r.stderr).toMatch(/^\d+ read, \d+ written, \d+ unchanged, \d+ failed · [\d.]+ articles\/s · \d+ s · \d+ %/m);
    expect(r.stderr).not.toMatch(/\x1b|\[#/); // no terminal codes, no bar in a log
    const piped = newsgraph(['ingest', '--dry-run', '-'], JSON.stringify({ title: 'T', publishedAt: '2026-06-02', text: 'Rain fell in Porto on Monday.' }));
    expect(piped.stderr).toMatch(/articles\/s/);
    expect(piped.stderr).not.toMatch(/%|ETA/);
    const quiet = newsgraph(['ingest', '--dry-run', '--quiet', corpus]).stderr.trim().split('\n');
    expect(quiet).toHaveLength(3); // only the three broken inputs
    for (const line of quiet) expect(line).toMatch(/^newsgraph: skipped /);
  });

  it('analyses without writing on --dry-run', async () => {
    const before = await graphShape();
    const r = newsgraph(['ingest', '--dry-run', '--json', 'tests/fixtures/followup/']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 1, written: 0, failed: [] });
    expect(await graphShape()).toEqual(before);
  });

  it('reads standard input', () => {
    const article = JSON.stringify({ title: 'Flood in Porto', publishedAt: '2026-06-02', text: 'Heavy rain flooded the centre of Porto on Monday, the mayor said.' });
    const r = newsgraph(['ingest', '--json', '-'], article);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 1, written: 1, failed: [] });
  });

  it('says what is wrong in one line and exits non-zero on a bad flag or input', () => {
    const r = newsgraph(['ingest', '/nonexistent/path.txt']);
    expect(r.code).toBe(3);
    expect(r.stderr + r.stdout).toMatch(/\/nonexistent\/path\.txt/);
    const bad = newsgraph(['query', '{ stats { articles } }', '--variables', '{oops']);
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('feeds, pages over HTTP, configuration, reset', () => {
  it('ingests an RSS file and an HTML page served on localhost', async () => {
    const html = readFileSync('tests/fixtures/inputs/html/page.html');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // Spawned asynchronously: this process must keep serving the page meanwhile.
      const child = spawn('node', [bin, 'ingest', '--json', 'tests/fixtures/inputs/feed/rss.xml', `http://127.0.0.1:${port}/news/page.html`], { env: process.env });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      // The feed's second item has no date: reported alone, the rest ingested, exit code 3.
      expect(code, err).toBe(3);
      const summary = JSON.parse(out);
      expect(summary.failed).toEqual([{ input: 'tests/fixtures/inputs/feed/rss.xml#2', reason: expect.stringMatching(/no publication date/) }]);
      expect(summary.read).toBe(3);
      expect(summary.written).toBe(3);
      const [row] = await graph.read('MATCH (a:Article) WHERE a.input STARTS WITH $url RETURN count(a) AS n', { url: `http://127.0.0.1:${port}/` });
      expect(row!.n).toBe(1);
    } finally {
      server.close();
    }
  });

  it('takes the connection from a config file, below the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-config-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' } }));
    const { NEO4J_URI: _u, NEO4J_USER: _s, NEO4J_PASSWORD: _p, ...rest } = process.env;
    // Config file only: its (unreachable) server is used.
    const fromFile = spawnSync('node', [bin, 'stats'], { encoding: 'utf8', env: { ...rest, NEWSGRAPH_CONFIG: config } });
    expect(fromFile.status).toBe(4);
    expect(fromFile.stderr).toMatch(/cannot reach Neo4j .*127\.0\.0\.1:1/);
    // Environment set: it wins over the file.
    const fromEnv = spawnSync('node', [bin, 'stats', '--json'], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_CONFIG: config } });
    expect(fromEnv.status, fromEnv.stderr).toBe(0);
  });

  it('resets the graph only when told --yes', async () => {
    expect(newsgraph(['reset']).code).toBe(2);
    const [before] = await graph.read('MATCH (n) RETURN count(n) AS n');
    expect(Number(before!.n)).toBeGreaterThan(0);
    const r = newsgraph(['reset', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const [after] = await graph.read('MATCH (n) RETURN count(n) AS n');
    expect(after!.n).toBe(0);
  });
});

describe('newsgraph analyze and query', () => {
  it('prints the documented JSON shape per article', () => {
    const r = newsgraph(['analyze', '--json', 'samples/2026-03-06-ukraine-russia-prisoner-swap.txt']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout.trim().split('\n')[0]!);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['input', 'article', 'mentions', 'dates', 'events', 'relations']));
    const thursday = a.dates.find((d: { text: string }) => d.text === 'Thursday');
    expect(thursday.value).toBe('2026-03-05');
    expect(a.mentions.length).toBeGreaterThan(10);
    for (const m of a.mentions) expect(m.end - m.start, m.text).toBe(m.text.length);
  });

  it('answers a GraphQL query without a server', () => {
    newsgraph(['ingest', '-q', 'samples/']);
    const r = newsgraph(['query', '{ stats { articles } }']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).data.stats.articles).toBeGreaterThan(0);
  });
});
