import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/ingest/read/index.js';
import { htmlToText } from '../../../src/ingest/read/html-text.js';
import { articleOf, errorOf, fixture } from './helpers.js';

function readFixture(name: string) {
  const path = fixture(name);
  return { path, results: readText(readFileSync(path), path) };
}

describe('HTML pages', () => {
  it('takes title, date, site name and canonical URL from the page head', () => {
    const { path, results } = readFixture('html/page.html');
    expect(articleOf(results[0])).toMatchObject({
      input: path,
      title: 'Flood waters recede in river towns',
      publishedAt: '2026-03-05T08:15:00+02:00',
      publisher: 'Valley Post',
      url: 'https://valleypost.example/news/floods-recede',
    });
  });

  it('keeps the main text only, paragraphs separated by blank lines', () => {
    const a = articleOf(readFixture('html/page.html').results[0]);
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(3); // the <h1> repeats the title and is dropped
    expect(paragraphs.at(-3)).toMatch(/^Flood waters began to recede on Thursday/);
    expect(paragraphs.at(-1)).toMatch(/farmers who had lost their harvest\.$/);
    expect(a.text).not.toMatch(/Home|All rights reserved|analytics/);
  });

  it('reads JSON-LD (inside @graph) when there are no meta tags', () => {
    const a = articleOf(readFixture('html/jsonld.html').results[0]);
    expect(a).toMatchObject({
      title: 'Opposition wins island election',
      publishedAt: '2026-02-02T21:00:00-05:00',
      publisher: 'Island Daily',
      url: 'https://islanddaily.example/2026/02/election',
    });
    expect(a.text.split('\n\n')).toHaveLength(2);
  });

  it('falls back to <time datetime> and strips the site suffix from <title>', () => {
    const html = `<html><head><title>Mayor resigns - Town Crier</title><meta property="og:site_name" content="Town Crier"></head>
      <body><article><time datetime="2026-01-15">15 January</time>
      <p>The mayor resigned on Thursday after an inquiry found she had misused public funds, the council said.</p></article></body></html>`;
    const a = articleOf(readText(html, 'page.html')[0]);
    expect(a).toMatchObject({ title: 'Mayor resigns', publishedAt: '2026-01-15', publisher: 'Town Crier' });
  });

  it('refuses a page without a publication date, saying where it looked', () => {
    const { path, results } = readFixture('html/no-date.html');
    expect(errorOf(results[0])).toBe(
      `${path}: no publication date (no article:published_time meta, JSON-LD datePublished or <time datetime> in the page)`,
    );
  });

  it('refuses an .html file without markup', () => {
    expect(errorOf(readText('just words, no tags at all', 'page.html')[0])).toBe('page.html: not HTML: no markup found');
  });

  it('refuses a page without text', () => {
    const html = '<html><head><meta property="article:published_time" content="2026-01-01"><title>Gallery</title></head><body><img src="a.jpg"></body></html>';
    expect(errorOf(readText(html, 'gallery.html')[0])).toBe('gallery.html: no article text');
  });
});

describe('htmlToText', () => {
  it('turns blocks into paragraphs, <br> into line breaks, and collapses inline whitespace', () => {
    expect(htmlToText('<h2>Title</h2><p>One   <b>bold</b>\n word.</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p>')).toBe(
      'Title\n\nOne bold word.\n\na\n\nb\n\nx\ny',
    );
  });

  it('drops scripts and styles and decodes entities', () => {
    expect(htmlToText('<style>p{}</style><p>Fish &amp; chips &mdash; &#8220;good&#8221;</p><script>x()</script>')).toBe('Fish & chips — “good”');
  });
});
