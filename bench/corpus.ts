/**
 * The real news text every measure runs on: the MEANTIME English documents (NewsReader
 * MEANTIME corpus, Wikinews, CC BY 4.0, © 2015 FBK, VU Amsterdam, UPV/EHU), rebuilt as text by
 * the evaluation's own CAT reader, and the project's sample articles.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../src/errors.js';
import { readGroup } from '../src/eval/meantime/evaluate.js';
import { readInputs } from '../src/ingest/read/index.js';
import type { Article } from '../src/ingest/types.js';

/** A real article and the person names it contains (as written), which variants replace. */
export interface SourceArticle {
  article: Article;
  /** Distinct person names in the text, longest first (from MEANTIME's gold PER mentions). */
  people: string[];
}

export const DEFAULT_MEANTIME = '/work/shared/corpora/meantime';
const samplesDir = fileURLToPath(new URL('../samples', import.meta.url));

/** Where MEANTIME is: `$NEWSGRAPH_MEANTIME`, else the shared corpus folder. */
export function meantimeRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSGRAPH_MEANTIME ?? DEFAULT_MEANTIME;
}

/** Every MEANTIME document of every `corpus_*` folder, then the project samples. */
export async function loadCorpus(root = meantimeRoot()): Promise<SourceArticle[]> {
  if (!existsSync(root)) throw new ConfigError(`MEANTIME corpus not found at ${root}: set NEWSGRAPH_MEANTIME to its folder (the one holding corpus_*)`);
  const folders = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name.startsWith('corpus_'))
    .map((d) => path.join(root, d.name))
    .sort();
  const sources: SourceArticle[] = [];
  for (const folder of folders) {
    const group = await readGroup(folder);
    for (const gold of group.documents) {
      if (!gold.article.publishedAt) continue; // an undated article cannot be re-dated
      const names = [...gold.mentions, ...gold.linked].filter((m) => m.type === 'PER').map((m) => gold.article.text.slice(m.start, m.end));
      sources.push({ article: gold.article, people: [...new Set(names)].sort((a, b) => b.length - a.length) });
    }
  }
  for await (const result of readInputs([samplesDir])) if (result.ok) sources.push({ article: result.article, people: [] });
  if (sources.length === 0) throw new ConfigError(`no dated MEANTIME documents under ${root}`);
  return sources;
}
