/** `newsgraph analyze [--json] <inputs…>`: extraction only, no database. */
import type { Command } from 'commander';
import { readInputs } from '../../ingest/read/index.js';
import { toAnalyzeJson, formatAnalysis } from '../../ingest/print.js';
import type { AnalysedArticle } from '../../ingest/types.js';

/**
 * The `--json` object of one article: the documented shape (toAnalyzeJson), plus
 * `timeReferences` ("now", "recently", "the past": TimeML's PRESENT_REF / PAST_REF /
 * FUTURE_REF) as one added key, so readers of the existing keys see no change.
 */
export function analyzeJson(a: AnalysedArticle): ReturnType<typeof toAnalyzeJson> & { timeReferences: Array<{ text: string; start: number; end: number; value: string }> } {
  const timeReferences = (a.timeReferences ?? []).map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value }));
  return { ...toAnalyzeJson(a), timeReferences };
}

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
        process.stdout.write(options.json ? `${JSON.stringify(analyzeJson(analysed))}\n` : `${formatAnalysis(analysed)}\n`);
      }
    });
}
