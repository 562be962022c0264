/** A minimal article for unit tests that analyse text: published 2026-03-06 unless `extra` says otherwise. */
import type { Article } from '../../src/ingest/types.js';

export function article(text: string, extra: Partial<Article> = {}): Article {
  return { id: 't', title: '', publishedAt: '2026-03-06', text, credits: [], input: 'test', ...extra };
}
