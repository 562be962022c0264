/** `newsgraph ingest <inputs…>`: read, analyse and write articles, with a summary. */
import { setFlagsFromString } from 'node:v8';
import { InvalidArgumentError, type Command } from 'commander';
import { AnalysisPool, defaultWorkerCount } from '../../ingest/analyse/pool.js';
import { readInputs } from '../../ingest/read/index.js';
import { GraphWriter } from '../../graph/write.js';
import { DEFAULT_BATCH_SIZE, ingestStream, type IngestSummary } from '../../pipeline.js';
import { withGraph } from '../connect.js';
import { InputMeter, measureInputs, progressLine } from '../progress.js';

const EXAMPLES = `
Examples:
  $ newsgraph ingest samples/                      # a folder (recursive): .txt, .json, .jsonl, .html, .rss/.atom/.xml
  $ newsgraph ingest 'news/**/*.html' feed.xml     # globs and files, mixed formats
  $ newsgraph ingest https://example.org/feed.rss  # a page or a feed by URL
  $ cat articles.jsonl | newsgraph ingest -        # standard input
  $ newsgraph ingest --dry-run samples/            # analyse only, write nothing

Exit code: 0 when every input was read, 3 when some could not be (each is listed with its reason).`;

/** A commander parser for a whole number of at least `min`. */
const wholeNumber = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}, got "${value}"`);
  return n;
};

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

/**
 * Progress on stderr: on a terminal one rewritten line (with a bar and ETA when the inputs' size
 * is known), else a plain line every 5 seconds; nothing when quiet.
 */
function progressPrinter(quiet: boolean, meter: InputMeter | undefined): (s: IngestSummary) => void {
  if (quiet) return () => {};
  const tty = !!process.stderr.isTTY;
  let last = 0;
  return (s) => {
    const now = Date.now();
    if (now - last < (tty ? 200 : 5000)) return;
    last = now;
    const fraction = meter?.fraction();
    const line = progressLine(
      { read: s.read, written: s.written, unchanged: s.unchanged, failed: s.failed.length, elapsedMs: s.ms, ...(fraction !== undefined && { fraction }) },
      { tty },
    );
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, folders, globs, URLs, feeds, - for stdin), extract facts, write them to Neo4j')
    .argument('<inputs...>', 'files, folders, globs, URLs or - for standard input')
    .option('--batch-size <n>', 'articles per write transaction', wholeNumber(1), DEFAULT_BATCH_SIZE)
    .option('--workers <n>', 'analysis worker threads (default: one per core but one; 0: analyse on the main thread)', wholeNumber(0), defaultWorkerCount())
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
        // V8 lets each heap (this thread's and every worker's) grow to 2–4 times its live size
        // between full collections, so peak memory kept rising long after the live data had stopped
        // growing (BENCHMARKS.md, end to end). Collecting once a heap has grown by 30 % keeps the
        // peak near the live size, for a little more GC time. Set before the workers start.
        setFlagsFromString('--heap-growing-percent=30');
        // First Ctrl-C: finish the current batch and stop (re-running resumes); second: exit now.
        const stop = new AbortController();
        const onSigint = () => {
          if (stop.signal.aborted) process.exit(130);
          process.stderr.write('\nstopping after the current batch (Ctrl-C again to exit now)…\n');
          stop.abort();
        };
        process.on('SIGINT', onSigint);
        const quiet = !!(options.quiet || options.json);
        // The inputs' size, for the ETA: listing and stat-ing local files is quick; JSON Lines are counted meanwhile.
        const meter = quiet ? undefined : new InputMeter(await measureInputs(inputs));
        const pool = options.workers > 0 ? new AnalysisPool(options.workers) : undefined;
        const read = readInputs(inputs, { anyLanguage: options.anyLanguage });
        const run = async (writer: GraphWriter | null) => {
          const summary = await ingestStream(writer, meter ? meter.track(read) : read, {
            batchSize: options.batchSize,
            pool,
            signal: stop.signal,
            onProgress: progressPrinter(quiet, meter),
          });
          if (process.stderr.isTTY && !quiet) process.stderr.write('\n');
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
