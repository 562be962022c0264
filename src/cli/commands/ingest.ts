/** `newsgraph ingest <inputs…>`: read, analyse and write articles, with a summary. */
import type { Command } from 'commander';
import { readInputs } from '../../ingest/read/index.js';
import { GraphWriter } from '../../graph/write.js';
import { ingestStream, type IngestSummary } from '../../pipeline.js';
import { withGraph } from '../connect.js';

const EXAMPLES = `
Examples:
  $ newsgraph ingest samples/                      # a folder (recursive): .txt, .json, .jsonl, .html, .rss/.atom/.xml
  $ newsgraph ingest 'news/**/*.html' feed.xml     # globs and files, mixed formats
  $ newsgraph ingest https://example.org/feed.rss  # a page or a feed by URL
  $ cat articles.jsonl | newsgraph ingest -        # standard input
  $ newsgraph ingest --dry-run samples/            # analyse only, write nothing

Exit code: 0 when every input was read, 3 when some could not be (each is listed with its reason).`;

export function formatSummary(s: IngestSummary): string {
  const by = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [
    `read ${s.read} article(s), wrote ${s.written}, unchanged ${s.unchanged}, failed ${s.failed.length} input(s) in ${(s.ms / 1000).toFixed(1)} s`,
    `  new: ${by(s.created)}`,
    `  matched existing: ${by(s.matched)}`,
    `  nodes created ${s.nodesCreated}, relationships created ${s.relationshipsCreated}`,
  ];
  for (const e of s.failed) lines.push(`  skipped ${e.message}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, folders, globs, URLs, feeds, - for stdin), extract facts, write them to Neo4j')
    .argument('<inputs...>', 'files, folders, globs, URLs or - for standard input')
    .option('--batch-size <n>', 'articles per write transaction', (v) => Number.parseInt(v, 10), 50)
    .option('--dry-run', 'analyse only; write nothing')
    .option('--any-language', 'do not skip articles that are not in English')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print the summary as one JSON object')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: { batchSize: number; dryRun?: boolean; anyLanguage?: boolean; quiet?: boolean; json?: boolean }) => {
      const run = async (writer: GraphWriter | null) => {
        let lastPrint = Date.now();
        const summary = await ingestStream(writer, readInputs(inputs, { anyLanguage: options.anyLanguage }), {
          batchSize: options.batchSize,
          onProgress: (s) => {
            if (options.quiet || options.json || Date.now() - lastPrint < 2000) return;
            lastPrint = Date.now();
            process.stderr.write(`… ${s.read} read, ${s.written} written, ${s.failed.length} failed (${(s.read / (s.ms / 1000 || 1)).toFixed(1)} articles/s)\n`);
          },
        });
        if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, failed: summary.failed.map((e) => ({ input: e.input, reason: e.reason })) })}\n`);
        else if (!options.quiet) process.stdout.write(`${formatSummary(summary)}\n`);
        else for (const e of summary.failed) process.stderr.write(`newsgraph: skipped ${e.message}\n`);
        if (summary.failed.length) process.exitCode = 3;
      };
      if (options.dryRun) await run(null);
      else await withGraph((graph) => run(new GraphWriter(graph)));
    });
}
