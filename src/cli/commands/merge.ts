/** `newsgraph merge`, `newsgraph unmerge`, `newsgraph merges`: auditable, reversible entity merges. */
import type { Command } from 'commander';
import { listMerges, mergeEntities, undoMerge } from '../../graph/merge.js';
import { withGraph } from '../connect.js';

export function register(program: Command): void {
  program
    .command('merge')
    .description('Merge entities of one kind into one node (recorded; undo with `newsgraph unmerge <merge id>`)')
    .argument('<into>', 'id of the entity to keep')
    .argument('<from...>', 'ids of the entities to merge into it')
    .option('--reason <text>', 'why (kept with the merge)', 'merged by hand')
    .addHelpText('after', '\nExample:\n  $ newsgraph merge person:volodymyr-zelensky person:v-zelenskiy --reason "same person"\n')
    .action(async (into: string, from: string[], options: { reason: string }) => {
      await withGraph(async (graph) => {
        const m = await mergeEntities(graph, into, from, options.reason);
        process.stdout.write(`merged ${m.from.join(', ')} into ${m.into} (${m.id}; undo with: newsgraph unmerge ${m.id})\n`);
      });
    });

  program
    .command('unmerge')
    .description('Undo a merge: restore the merged entities and their relationships')
    .argument('<merge-id>', 'as printed by `newsgraph merge` or listed by `newsgraph merges`')
    .action(async (id: string) => {
      await withGraph(async (graph) => {
        const m = await undoMerge(graph, id);
        process.stdout.write(`restored ${m.from.join(', ')} (merge ${m.id} undone)\n`);
      });
    });

  program
    .command('merges')
    .description('List recorded merges, most recent first')
    .option('--json', 'one JSON array')
    .action(async (options: { json?: boolean }) => {
      await withGraph(async (graph) => {
        const merges = await listMerges(graph);
        if (options.json) process.stdout.write(`${JSON.stringify(merges)}\n`);
        else for (const m of merges) process.stdout.write(`${m.id}  ${m.at}  ${m.from.join(', ')} → ${m.into}  ${m.undone ? '(undone) ' : ''}${m.reason}\n`);
      });
    });
}
