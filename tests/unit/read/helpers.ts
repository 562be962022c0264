/** Shared helpers for the reader tests. */
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../../src/ingest/read/index.js';
import type { Article } from '../../../src/ingest/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
/** The reference article, as the repository ships it (a copy of ../shared/corpora/seed/). */
export const SEED = fileURLToPath(new URL('../../../samples/2026-03-06-ukraine-russia-prisoner-swap.txt', import.meta.url));

export function fixture(path: string): string {
  return `${FIXTURES}${path}`;
}

/** The article of a result that must have succeeded (fails the test with the reason otherwise). */
export function articleOf(result: ReadResult | undefined): Article {
  if (!result) throw new Error('no result');
  if (!result.ok) throw new Error(`expected an article, got: ${result.error.message}`);
  return result.article;
}

/** The error message of a result that must have failed. */
export function errorOf(result: ReadResult | undefined): string {
  if (!result) throw new Error('no result');
  if (result.ok) throw new Error(`expected an error, got article "${result.article.title}"`);
  return result.error.message;
}

export async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}
