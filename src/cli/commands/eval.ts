/** `newsgraph eval meantime <folder…> [--json]`: score the extractor against annotated corpora. */
import type { Command } from 'commander';

export function register(program: Command): void {
  const evaluate = program.command('eval').description('Score the extractor against annotated corpora');
  evaluate
    .command('meantime')
    .description(
      'Entity mentions (strict/lenient, per type), dates and cross-document resolution against MEANTIME CAT XML ' +
        '(NewsReader MEANTIME, CC BY 4.0), with compromise as a peer',
    )
    .argument('<folders...>', 'folders of CAT .xml files (each resolved as one stream), or single files')
    .option('--json', 'print one JSON object instead of tables')
    .action(async (folders: string[], options: { json?: boolean }) => {
      // Loaded here, not at start-up: the evaluator brings compromise (the peer) and the analyser.
      const { evaluateMeantime, formatReport } = await import('../../eval/index.js');
      const report = await evaluateMeantime(folders);
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
    });
}
