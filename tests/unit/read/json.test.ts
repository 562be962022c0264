import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/ingest/read/index.js';
import { articleOf, errorOf, fixture } from './helpers.js';

function readFixture(name: string) {
  const path = fixture(name);
  return { path, results: readText(readFileSync(path), path) };
}

describe('JSON', () => {
  it('reads one object, with field aliases (link, headline, published, content, source.name)', () => {
    const { path, results } = readFixture('json/article.json');
    expect(results).toHaveLength(1);
    const a = articleOf(results[0]);
    expect(a).toMatchObject({
      input: path, // a single object is the file itself, not file#0
      title: "Dock workers strike at the country's largest port",
      publishedAt: '2026-03-04T09:30:00+01:00', // RFC 822 → ISO, in the zone it was written in
      publisher: 'Coastal Times',
      url: 'https://www.Example.com/world/2026/03/04/port-strike/?utm_source=rss&utm_medium=feed#comments',
      credits: [],
    });
    expect(a.text).toBe(
      "Dock workers at the country's largest port walked off the job on Wednesday, demanding higher wages and better safety rules.\n\nThe port authority said it was ready to resume talks with the union.",
    );
  });

  it('reads an array item by item, reporting each bad item alone as file#N', () => {
    const { path, results } = readFixture('json/array.json');
    expect(results).toHaveLength(4);
    const first = articleOf(results[0]);
    expect(first).toMatchObject({ input: `${path}#0`, publisher: 'Example News', credits: ['AgriNews', 'Wire Service'] });
    expect(first.text.endsWith('representatives next week.')).toBe(true);
    expect(errorOf(results[1])).toBe(`${path}#1: no publication date (expected a "publishedAt", "date" or "published" field)`);
    expect(errorOf(results[2])).toBe(`${path}#2: expected a JSON object with "title", "publishedAt" and "text", found a string`);
  });

  it('sends an item\'s html through the HTML reader, keeping paragraphs', () => {
    const { path, results } = readFixture('json/array.json');
    const a = articleOf(results[3]);
    expect(a).toMatchObject({ input: `${path}#3`, title: 'Museum returns stolen paintings', publishedAt: '2026-02-21T16:45:00Z' });
    expect(a.text).toBe(
      'The national museum has returned two paintings stolen in 1998 to the family of their owner.\n\nThe paintings were found in a private collection abroad last year.',
    );
  });

  it('reduces markup found in a text field', () => {
    const [r] = readText(
      JSON.stringify({ title: 'T', date: '2026-01-01', body: '<p>The minister resigned on Friday after the report.</p><p>Her deputy takes over.</p>' }),
      'x.json',
    );
    expect(articleOf(r).text).toBe('The minister resigned on Friday after the report.\n\nHer deputy takes over.');
  });

  it('reports malformed JSON with the line and column and the parser\'s reason', () => {
    const { path, results } = readFixture('json/broken.json');
    expect(results).toHaveLength(1);
    expect(errorOf(results[0])).toBe(`${path}: invalid JSON at line 5, column 1: Expected ',' or '}' after property value`);
  });

  it('refuses a document over the file size limit', () => {
    const big = JSON.stringify([{ title: 'T', date: '2026-01-01', text: 'x'.repeat(3000) }]);
    expect(errorOf(readText(big, 'big.json', undefined, { maxFileBytes: 2048 })[0])).toBe(
      'big.json: too large: 3 KB, the limit is 2 KB per file',
    );
  });

  it('refuses an empty array', () => {
    expect(errorOf(readText('[]', 'x.json')[0])).toBe('x.json: no articles: the JSON array is empty');
  });

  it('accepts { "articles": [...] }', () => {
    const results = readText(JSON.stringify({ articles: [{ title: 'T', date: '2026-01-01', text: 'The bridge was opened by the mayor on Monday.' }] }), 'x.json');
    expect(articleOf(results[0]).input).toBe('x.json#0');
  });

  it('refuses an item without text or title', () => {
    expect(errorOf(readText(JSON.stringify({ title: 'T', date: '2026-01-01' }), 'x.json')[0])).toBe('x.json: no article text');
    expect(errorOf(readText(JSON.stringify({ date: '2026-01-01', text: 'The mayor opened the bridge.' }), 'x.json')[0])).toBe('x.json: no title');
  });
});

describe('JSON Lines', () => {
  it('reads each line alone: bad lines fail, good lines come out', () => {
    const { path, results } = readFixture('json/items.jsonl');
    expect(results).toHaveLength(4); // the blank line is skipped, not counted
    expect(articleOf(results[0])).toMatchObject({ input: `${path}#0`, title: 'Rail strike ends after pay deal', url: 'https://example.net/1' });
    expect(errorOf(results[1])).toBe(`${path}#1: invalid JSON on line 2: Unexpected token '}'`);
    expect(errorOf(results[2])).toMatch(new RegExp(`^${path}#2: not English: looks Spanish`));
    expect(articleOf(results[3])).toMatchObject({ input: `${path}#3`, title: 'Airport expansion approved' });
  });

  it('is sniffed from content when the name says nothing', () => {
    const content = readFileSync(fixture('json/items.jsonl'));
    const results = readText(content, 'stdin');
    expect(results).toHaveLength(4);
    expect(articleOf(results[0]).input).toBe('stdin#0');
  });

  it('is recognised in a .json file too', () => {
    const results = readText(readFileSync(fixture('json/items.jsonl')), 'dump.json');
    expect(results.map((r) => (r.ok ? r.article.input : r.error.input))).toEqual(['dump.json#0', 'dump.json#1', 'dump.json#2', 'dump.json#3']);
  });

  it('applies the per-article size limit to each line', () => {
    const line = JSON.stringify({ title: 'T', date: '2026-01-01', text: 'The council met on Monday. '.repeat(100) });
    const ok = JSON.stringify({ title: 'Short', date: '2026-01-01', text: 'The council met on Monday and voted.' });
    const results = readText(`${line}\n${ok}\n`, 'x.jsonl', undefined, { maxArticleBytes: 1000 });
    expect(errorOf(results[0])).toBe('x.jsonl#0: too large: 2.7 KB, the limit is 1000 bytes per article');
    expect(results[1]?.ok).toBe(true);
  });
});
