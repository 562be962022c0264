/** `newsgraph analyze [--json] <inputs…>`: extraction only, no database. */
import type { Command } from 'commander';
import { readInputs } from '../../ingest/read/index.js';
import { toAnalyzeJson, formatAnalysis } from '../../ingest/print.js';

export function register(program: Command): void {
  program
    .command('analyze')
    .alias('analyse')
    .description('Extract people, places, organizations, sources, dates, events and relations; print them with evidence (no database)')
    .argument('<inputs...>', 'files, folders, globs, URLs or - for standard input')
    .option('--json', 'one JSON object per article per line (stable shape, see docs/analyze-json.md)')
    .option('--any-language', 'do not skip articles that are not in English')
    .addHelpText('after', '\nExamples:\n  $ newsgraph analyze samples/2026-03-06-ukraine-russia-prisoner-swap.txt\n  $ newsgraph analyze --json article.html | jq .events\n')
    .action(async (inputs: string[], options: { json?: boolean; anyLanguage?: boolean }) => {
      // Loaded here, not at start-up: wink's model and the gazetteers are for this command only.
      const { analyse } = await import('../../ingest/analyse/index.js');
      for await (const result of readInputs(inputs, { anyLanguage: options.anyLanguage })) {
        if (!result.ok) {
          process.stderr.write(`newsgraph: skipped ${result.error.message}\n`);
          process.exitCode = 3;
          continue;
        }
        const analysed = analyse(result.article);
        process.stdout.write(options.json ? `${JSON.stringify(toAnalyzeJson(analysed))}\n` : `${formatAnalysis(analysed)}\n`);
      }
    });
}
