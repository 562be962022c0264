import { describe, expect, it } from 'vitest';
import type { SourceArticle } from '../../../bench/corpus.js';
import { addDays, rename, renaming, variantOf, variants } from '../../../bench/variants.js';

const source = (id: string, text: string, people: string[]): SourceArticle => ({
  article: { id, url: `https://example.org/news/${id}`, title: text.split('\n')[0]!, publishedAt: '2008-02-26', text, credits: [], input: id },
  people,
});

const jobs = source('a1', 'Steve Jobs speaks\n\nApple chief Steve Jobs said on Tuesday that Jobs would stay. Jobsworth is a word.', ['Steve Jobs', 'Jobs']);

describe('renaming', () => {
  it('maps first words to first names and last words to surnames, consistently within a copy', () => {
    const words = renaming(['Steve Jobs', 'Jobs'], 3);
    expect([...words.keys()]).toEqual(['Steve', 'Jobs']);
    expect(words.get('Steve')).toMatch(/^[A-Z][a-z]+$/);
    expect(words.get('Jobs')).toMatch(/^[A-Z][a-z]+(son|s|ley|ton|ford|well|man|by)$/);
    expect(renaming(['Steve Jobs', 'Jobs'], 3)).toEqual(words); // deterministic
    expect(renaming(['Steve Jobs'], 4).get('Jobs')).not.toBe(words.get('Jobs')); // another copy, another person
  });

  it('replaces whole words only', () => {
    const out = rename('Jobs met Jobsworth and Steve.', new Map([['Jobs', 'Hendley'], ['Steve', 'Maria']]));
    expect(out).toBe('Hendley met Jobsworth and Maria.');
  });
});

describe('variantOf', () => {
  it('copy 0 keeps the text and date but gets its own URL', () => {
    const v = variantOf(jobs, 0);
    expect(v.text).toBe(jobs.article.text);
    expect(v.publishedAt).toBe('2008-02-26');
    expect(v.url).toBe('https://example.org/news/a1?copy=0');
  });

  it('copy k is k weeks later, renames people in title and text, keeps everything else', () => {
    const v = variantOf(jobs, 2);
    expect(v.publishedAt).toBe('2008-03-11');
    expect(v.url).toBe('https://example.org/news/a1?copy=2');
    expect(v.text).not.toContain('Steve Jobs');
    expect(v.title).not.toContain('Jobs');
    expect(v.text).toContain('Apple chief');
    expect(v.text).toContain('Jobsworth');
    const surname = renaming(jobs.people, 2).get('Jobs')!;
    expect(v.text.split(surname).length - 1).toBe(3); // in the title, "Steve Jobs" and "Jobs"
  });
});

describe('variants', () => {
  it('cycles through the sources, then the copies; ranges never repeat an article', () => {
    const other = source('b2', 'Markets fall\n\nShares fell in Paris.', []);
    const first = [...variants([jobs, other], 3)];
    const next = [...variants([jobs, other], 2, 3)];
    expect(first.map((v) => v.url)).toEqual([
      'https://example.org/news/a1?copy=0',
      'https://example.org/news/b2?copy=0',
      'https://example.org/news/a1?copy=1',
    ]);
    const urls = [...first, ...next].map((v) => v.url);
    expect(new Set(urls).size).toBe(5);
  });

  it('refuses an empty corpus', () => {
    expect(() => [...variants([], 1)]).toThrow(/at least one source/);
  });
});

describe('addDays', () => {
  it('crosses months and years, and rejects what is not a date', () => {
    expect(addDays('2007-12-30T10:00:00Z', 7)).toBe('2008-01-06');
    expect(() => addDays('last week', 1)).toThrow(/expected an ISO date/);
  });
});
