/** `newsgraph ingest <inputs…>`: read, analyse and write articles, with a summary. */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { AnalysisPool } from '../../ingest/analyse/pool.js';
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

/** Progress on stderr: one rewritten line on a terminal, a plain line every few seconds otherwise. */
function progressPrinter(quiet: boolean): (s: IngestSummary) => void {
  if (quiet) return () => {};
  const tty = process.stderr.isTTY;
  let last = 0;
  return (s) => {
    const now = Date.now();
    if (now - last < (tty ? 200 : 5000)) return;
    last = now;
    const rate = s.read / Math.max(0.001, s.ms / 1000);
    const line = `${s.read} read, ${s.written} written, ${s.unchanged} unchanged, ${s.failed.length} failed · ${rate.toFixed(1)} articles/s · ${(s.ms / 1000).toFixed(0)} s`;
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, folders, globs, URLs, feeds, - for stdin), extract facts, write them to Neo4j')
    .argument('<inputs...>', 'files, folders, globs, URLs or - for standard input')
    .option('--batch-size <n>', 'articles per write transaction', (v) => Number.parseInt(v, 10), 50)
    .option('--workers <n>', 'analysis worker threads (0: analyse on the main thread)', (v) => Number.parseInt(v, 10), availableParallelism())
    .option('--dry-run', 'analyse only; write nothing')
    .option('--any-language', 'do not skip articles that are not in English')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print the summary as one JSON object')
    .addHelpText('after', EXAMPLES)
    .action(
      async (
        inputs: string[],
        options: { batchSize: number; workers: number; dryRun?: boolean; anyLanguage?: boolean; quiet?: boolean; json?: boolean },
      ) => {
        // First Ctrl-C: finish the current batch and stop (re-running resumes); second: exit now.
        const stop = new AbortController();
        const onSigint = () => {
          if (stop.signal.aborted) process.exit(130);
          process.stderr.write('\nstopping after the current batch (Ctrl-C again to exit now)…\n');
          stop.abort();
        };
        process.on('SIGINT', onSigint);
        const pool = options.workers > 0 ? new AnalysisPool(options.workers) : undefined;
        const run = async (writer: GraphWriter | null) => {
          const summary = await ingestStream(writer, readInputs(inputs, { anyLanguage: options.anyLanguage }), {
            batchSize: options.batchSize,
            pool,
            signal: stop.signal,
            onProgress: progressPrinter(!!(options.quiet || options.json)),
          });
          if (process.stderr.isTTY && !options.quiet && !options.json) process.stderr.write('\n');
          if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, stopped: stop.signal.aborted, failed: summary.failed.map((e) => ({ input: e.input, reason: e.reason })) })}\n`);
          else if (!options.quiet) process.stdout.write(`${formatSummary(summary)}${stop.signal.aborted ? '\nstopped early: run the same command again to resume' : ''}\n`);
          else for (const e of summary.failed) process.stderr.write(`newsgraph: skipped ${e.message}\n`);
          if (summary.failed.length) process.exitCode = 3;
          if (stop.signal.aborted) process.exitCode = 130;
        };
        try {
          if (options.dryRun) await run(null);
          else await withGraph((graph) => run(new GraphWriter(graph)));
        } finally {
          process.off('SIGINT', onSigint);
          await pool?.close();
        }
      },
    );
}
