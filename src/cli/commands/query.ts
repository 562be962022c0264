/** `newsgraph query '<graphql>'` and `newsgraph stats`: ask the graph without a server. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { graphql } from 'graphql';
import { buildSchema } from '../../api/server.js';
import { createLoaders } from '../../api/loaders.js';
import { stats } from '../../graph/read.js';
import { IngestService } from '../../pipeline.js';
import { ConfigError, InputError } from '../../errors.js';
import { deleteEverything } from '../../graph/schema.js';
import { withGraph } from '../connect.js';

export function register(program: Command): void {
  program
    .command('query')
    .description('Run a GraphQL query against the graph (no server needed) and print the JSON result')
    .argument('<query>', 'the GraphQL document, or @file.graphql')
    .option('--variables <json>', 'variables as a JSON object')
    .addHelpText('after', `\nExamples:\n  $ newsgraph query '{ stats { articles events } }'\n  $ newsgraph query @headline.graphql\n  $ newsgraph query 'query($t: String!) { search(text: $t) { score } }' --variables '{"t":"Geneva"}'\n`)
    .action(async (query: string, options: { variables?: string }) => {
      const source = query.startsWith('@') ? readFileSync(query.slice(1), 'utf8') : query;
      let variables: Record<string, unknown> | undefined;
      try {
        variables = options.variables ? (JSON.parse(options.variables) as Record<string, unknown>) : undefined;
      } catch (error) {
        throw new InputError('--variables', `not valid JSON: ${(error as Error).message}`);
      }
      await withGraph(async (graph) => {
        const result = await graphql({
          schema: buildSchema(),
          source,
          variableValues: variables,
          contextValue: { graph, loaders: createLoaders(graph), ingest: new IngestService(graph) },
        });
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        if (result.errors?.length) process.exitCode = 1;
      });
    });

  program
    .command('reset')
    .description('Delete every article, entity and event from the graph (keeps constraints and indexes)')
    .option('--yes', 'really delete everything')
    .addHelpText('after', '\nExample:\n  $ newsgraph reset --yes\n')
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) throw new ConfigError('reset deletes the whole graph: add --yes to confirm');
      await withGraph(async (graph) => {
        const deleted = await deleteEverything(graph);
        process.stdout.write(`deleted ${deleted} node(s)\n`);
      });
    });

  program
    .command('stats')
    .description('Count what the graph holds')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      await withGraph(async (graph) => {
        const s = await stats(graph);
        if (options.json) process.stdout.write(`${JSON.stringify(s)}\n`);
        else {
          const { eventsByType, ...counts } = s as Record<string, unknown> & { eventsByType: Array<{ type: string; count: number }> };
          for (const [k, v] of Object.entries(counts)) process.stdout.write(`${k.padEnd(14)} ${String(v)}\n`);
          for (const t of eventsByType ?? []) process.stdout.write(`  ${t.type.padEnd(18)} ${t.count}\n`);
        }
      });
    });
}
