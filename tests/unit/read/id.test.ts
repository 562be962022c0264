import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleId, normaliseUrl, readText } from '../../../src/ingest/read/index.js';
import { articleOf, SEED } from './helpers.js';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.Example.COM/a/b/?utm_source=x&utm_medium=y&id=3#top', 'example.com/a/b?id=3'],
    ['http://example.com/a/b', 'example.com/a/b'],
    ['https://example.com/', 'example.com'],
    ['https://example.com/a?fbclid=123', 'example.com/a'],
    ['https://example.com:8080/a', 'example.com:8080/a'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it('is undefined for what is not an http(s) URL', () => {
    expect(normaliseUrl('not a url')).toBeUndefined();
    expect(normaliseUrl('ftp://example.com/a')).toBeUndefined();
  });
});

describe('articleId', () => {
  it('is a_ + 16 hex characters', () => {
    expect(articleId({ title: 'T', text: 'x' })).toMatch(/^a_[0-9a-f]{16}$/);
  });

  it('depends only on the normalised URL when there is one', () => {
    const a = articleId({ url: 'https://www.example.com/news/1/?utm_campaign=z#c', title: 'One title', text: 'One text' });
    const b = articleId({ url: 'http://example.com/news/1', title: 'Updated title', text: 'Edited text' });
    expect(a).toBe(b);
    expect(articleId({ url: 'https://example.com/news/2', title: 'One title', text: 'One text' })).not.toBe(a);
  });

  it('falls back to title + text, ignoring case and whitespace differences', () => {
    const a = articleId({ title: 'Storm  hits coast', text: 'The storm hit\nthe coast.' });
    expect(articleId({ title: 'storm hits coast', text: 'The storm hit the coast. ' })).toBe(a);
    expect(articleId({ title: 'Storm hits coast', text: 'The storm missed the coast.' })).not.toBe(a);
  });

  it('is the same when the same article is read twice, from any path', () => {
    const bytes = readFileSync(SEED);
    const first = articleOf(readText(bytes, SEED)[0]);
    const second = articleOf(readText(bytes, '/elsewhere/copy.txt')[0]);
    expect(second.id).toBe(first.id);
  });
});
