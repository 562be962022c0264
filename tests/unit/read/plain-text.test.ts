import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readText } from '../../../src/ingest/read/index.js';
import { articleOf, errorOf, fixture, SEED } from './helpers.js';

function readFile(path: string) {
  return readText(readFileSync(path), path);
}

describe('plain text (seed form)', () => {
  const raw = readFileSync(SEED, 'utf8');
  const [result] = readFile(SEED);
  const article = articleOf(result);

  it('reads the date line, tolerating the leading space', () => {
    expect(raw.startsWith('date')).toBe(false); // the seed really does start with a space or BOM
    expect(article.publishedAt).toBe('2026-03-06');
    expect(article.title).toBe('Ukraine and Russia swap 200 prisoners each as another exchange planned');
  });

  it('moves the trailing Sources line into credits', () => {
    expect(article.credits).toEqual(['Digi24.ro', 'EFE']);
    expect(article.text).not.toMatch(/Sources:/);
  });

  it('keeps the body exactly as written, so analyser offsets point into the file text', () => {
    const bodyStart = raw.indexOf('\n') + 1;
    const bodyEnd = raw.lastIndexOf('Sources:');
    expect(article.text).toBe(raw.slice(bodyStart, bodyEnd).trim());
    expect(article.text.startsWith('Hundreds of prisoners of war')).toBe(true);
    expect(article.text.endsWith('which he believes Ukrainians would reject.')).toBe(true);
    expect(article.text).toContain('\n\nPrisoners released\n\n'); // headings stay on their own lines
  });

  it('names the input and marks the language', () => {
    expect(article.input).toBe(SEED);
    expect(article.language).toBe('en');
    expect(article.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(article.url).toBeUndefined();
  });

  it('accepts a BOM before the date line', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SEED)]);
    const again = articleOf(readText(withBom, SEED)[0]);
    expect(again).toEqual(article);
  });

  it('takes the date from the file name and the title from a headline line when there is no date line', () => {
    const path = fixture('text/2026-02-14-harbour-bridge-reopens.txt');
    const a = articleOf(readFile(path)[0]);
    expect(a.publishedAt).toBe('2026-02-14');
    expect(a.title).toBe('Harbour bridge reopens after two years of repairs');
    expect(a.text.startsWith("The city's harbour bridge reopened")).toBe(true);
    expect(a.credits).toEqual(['City Herald', 'Metro Wire']);
  });

  it('refuses a text with neither a date line nor a dated file name', () => {
    const path = fixture('text/notes-without-date.txt');
    const [r] = readFile(path);
    expect(errorOf(r)).toBe(
      `${path}: no publication date (expected a first line "date YYYY-MM-DD Title" or a YYYY-MM-DD date in the file name)`,
    );
    expect(r?.ok === false && r.error).toBeInstanceOf(InputError);
    expect(r?.ok === false && r.error.input).toBe(path);
  });

  it('turns CRLF into LF', () => {
    const a = articleOf(readFile(fixture('text/2026-03-02-crlf.txt'))[0]);
    expect(a.title).toBe('Storm closes schools');
    expect(a.text).toBe('A winter storm closed schools across the region on Tuesday, officials said.\n\nPower was cut to thousands of homes.');
  });

  it('refuses empty and blank files', () => {
    for (const name of ['text/empty.txt', 'text/blank.txt']) {
      const path = fixture(name);
      expect(errorOf(readFile(path)[0])).toBe(`${path}: empty input`);
    }
  });

  it('refuses a date line with no body', () => {
    expect(errorOf(readText('date 2026-01-01 Only a title\n', 'stdin')[0])).toBe('stdin: no article text');
  });

  it('refuses an impossible date', () => {
    expect(errorOf(readText('date 2026-02-30 Title\n\nSome body text here.', 'x.txt')[0])).toBe(
      'x.txt: unreadable publication date "2026-02-30"',
    );
  });

  it('keeps a "Sources:" line that is not the last line in the body', () => {
    const a = articleOf(readText('date 2026-01-01 Title\n\nSources: say the deal is close.\n\nThe talks go on.', 'x.txt')[0]);
    expect(a.credits).toEqual([]);
    expect(a.text).toBe('Sources: say the deal is close.\n\nThe talks go on.');
  });
});
