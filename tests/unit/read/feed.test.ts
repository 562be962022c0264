import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/ingest/read/index.js';
import { articleOf, errorOf, fixture } from './helpers.js';

function readFixture(name: string) {
  const path = fixture(name);
  return { path, results: readText(readFileSync(path), path) };
}

describe('RSS', () => {
  const { path, results } = readFixture('feed/rss.xml');

  it('gives one result per item, named file#N, with the feed title as publisher', () => {
    expect(results).toHaveLength(3);
    expect(articleOf(results[0])).toMatchObject({
      input: `${path}#0`,
      title: 'Ceasefire agreed in border dispute',
      url: 'https://worldwire.example/2026/03/ceasefire',
      publishedAt: '2026-03-05T14:00:00Z',
      publisher: 'World Wire',
    });
  });

  it('prefers content:encoded over the description, keeping paragraphs', () => {
    expect(articleOf(results[0]).text).toBe(
      'The two neighbouring countries agreed a ceasefire on Thursday after a week of clashes along their border, mediators said.\n\nTalks on a permanent settlement will begin next month.',
    );
  });

  it('reads an escaped-HTML description, a permalink guid and dc:date', () => {
    expect(articleOf(results[1])).toMatchObject({
      url: 'https://worldwire.example/2026/03/rates',
      publishedAt: '2026-03-04T10:00:00Z',
      text: 'The central bank kept its main interest rate unchanged on Wednesday, citing uncertainty about inflation and the slowing economy.',
    });
  });

  it('reports an undated item alone', () => {
    expect(errorOf(results[2])).toBe(`${path}#2: no publication date (the item has no pubDate, dc:date, published or updated element)`);
  });
});

describe('Atom', () => {
  it('reads entries: alternate link, published date, HTML content', () => {
    const { path, results } = readFixture('feed/atom.xml');
    expect(results).toHaveLength(1);
    const a = articleOf(results[0]);
    expect(a).toMatchObject({
      input: `${path}#0`,
      title: 'Probe lands on asteroid',
      url: 'https://science.example/probe-lands',
      publishedAt: '2026-03-03T09:00:00Z',
      publisher: 'Science Desk',
    });
    expect(a.text).toBe(
      'A space probe landed on an asteroid on Tuesday, the space agency said, after a journey of six years.\n\nIt will collect samples and return them to Earth in 2030.',
    );
  });

  it('reads inline XHTML content', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
      <entry><title>Dam opens</title><link href="https://example.com/dam"/><published>2026-03-01T08:00:00Z</published>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The new dam opened on Sunday, the <b>energy ministry</b> said.</p><p>It will power a million homes.</p></div></content>
      </entry></feed>`;
    const a = articleOf(readText(atom, 'desk.atom')[0]);
    expect(a.url).toBe('https://example.com/dam');
    expect(a.text).toBe('The new dam opened on Sunday, the energy ministry said.\n\nIt will power a million homes.');
  });

  it('reads an escaped text summary and CDATA content', () => {
    const entry = (body: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Fish</title><id>urn:x</id><updated>2026-03-01T08:00:00Z</updated>${body}</entry></feed>`;
    const summary = articleOf(readText(entry('<summary>Fish &amp; chips prices rose by a third this year, the statistics office said.</summary>'), 'a.atom')[0]);
    expect(summary.text).toBe('Fish & chips prices rose by a third this year, the statistics office said.');
    expect(summary.publishedAt).toBe('2026-03-01T08:00:00Z');
    const cdata = articleOf(readText(entry('<content type="html"><![CDATA[<p>Fish &amp; chips prices rose.</p><p>Cod is scarce.</p>]]></content>'), 'a.atom')[0]);
    expect(cdata.text).toBe('Fish & chips prices rose.\n\nCod is scarce.');
  });
});

describe('bad feeds', () => {
  it('reports malformed XML with line, column and the parser\'s reason', () => {
    const { path, results } = readFixture('feed/broken.xml');
    expect(errorOf(results[0])).toBe(
      `${path}: invalid RSS/Atom XML at line 5, column 26: Expected closing tag 'title' (opened in line 5, col 11) instead of closing tag 'item'.`,
    );
  });

  it('refuses XML that is not a feed', () => {
    expect(errorOf(readText('<?xml version="1.0"?><note><to>A</to></note>', 'note.xml')[0])).toBe(
      'note.xml: not an RSS or Atom feed: the root element is <note>',
    );
  });

  it('refuses a feed with no items', () => {
    expect(errorOf(readText('<rss><channel><title>Empty</title></channel></rss>', 'empty.rss')[0])).toBe(
      'empty.rss: no articles: the feed has no items',
    );
  });
});
