/**
 * The Neo4j server's CPU time per article written, by variant, in alternating rounds:
 *
 *   npx tsx bench/profile-server-cpu.ts [--articles 1000] [--rounds 6] [--variants base,no-fulltext,cli] [--keep]
 *
 * Each round writes the same pre-analysed article variants into an emptied bench graph once per
 * variant, and reads the server's CPU time (Linux /proc/<pid>/stat) before and after. Variants:
 *
 *   base            GraphWriter in this process, batches of 50 (as the writes and growth measures)
 *   batch-200       the same in batches of 200 (the CLI's default)
 *   no-fulltext     base without the full-text `names` index
 *   no-list-date    base without the two `listDate` indexes (session 7)
 *   cli             the built CLI (`newsgraph ingest --workers 1`) on the same articles as JSON Lines
 *
 * Round 0 is a warm-up, printed but not counted. A server CPU time includes its background work
 * (garbage collection, checkpoints), which is why several alternating rounds are needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GraphWriter } from '../src/graph/write.js';
import { loadCorpus } from './corpus.js';
import { analysedVariants } from './inputs.js';
import { buildCli, cpuMsOf, runCli, writeJsonLines } from './measure/ingest.js';
import { openBenchDatabase, wipe } from './neo4j.js';
import { median } from './stats.js';
import { variants } from './variants.js';

const VARIANTS: Record<string, { batch: number; drop: string[]; cli?: boolean }> = {
  base: { batch: 50, drop: [] },
  'batch-200': { batch: 200, drop: [] },
  'no-fulltext': { batch: 50, drop: ['DROP INDEX names IF EXISTS'] },
  'no-list-date': { batch: 50, drop: ['DROP INDEX event_list_date IF EXISTS', 'DROP INDEX event_type_list_date IF EXISTS'] },
  cli: { batch: 200, drop: [], cli: true },
};

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '6' },
    variants: { type: 'string', default: 'base,no-fulltext,no-list-date' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const rounds = Number(values.rounds);
const chosen = values.variants.split(',').map((v) => v.trim());
for (const v of chosen) if (!VARIANTS[v]) throw new Error(`unknown variant "${v}"; known: ${Object.keys(VARIANTS).join(', ')}`);

const log = (message: string) => process.stderr.write(`${message}\n`);
const db = await openBenchDatabase(log);
if (!db.pid) throw new Error('the server CPU time needs the local bench profile (its pid); unset NEO4J_URI');
const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-server-cpu-'));
try {
  const sources = await loadCorpus();
  const analysed = analysedVariants(sources, count);
  const file = join(scratch, 'articles.jsonl');
  await writeJsonLines(file, variants(sources, count));
  const cli = chosen.some((v) => VARIANTS[v]!.cli) ? await buildCli(process.cwd()) : undefined;

  const perArticle = new Map<string, number[]>(chosen.map((v) => [v, []]));
  for (let round = 0; round <= rounds; round++)
    for (const name of chosen) {
      const variant = VARIANTS[name]!;
      await wipe(db.graph);
      const writer = new GraphWriter(db.graph);
      await writer.init(); // recreates what the previous variant dropped
      for (const statement of variant.drop) await db.graph.command(statement);
      const before = cpuMsOf(db.pid)!;
      const started = performance.now();
      if (variant.cli) await runCli(cli!, file, db.conn, variant.batch, 1);
      else for (let k = 0; k < analysed.length; k += variant.batch) await writer.writeBatch(analysed.slice(k, k + variant.batch));
      const cpu = (cpuMsOf(db.pid)! - before) / count;
      const wall = (performance.now() - started) / count;
      if (round > 0) perArticle.get(name)!.push(cpu);
      log(`round ${round}${round === 0 ? ' (warm-up)' : ''}: ${name.padEnd(13)} Neo4j ${cpu.toFixed(2)} ms CPU/article, ${wall.toFixed(2)} ms wall/article`);
    }
  console.log(`Neo4j CPU per article, ${count} articles, median of ${rounds} rounds (the rounds in order):`);
  for (const [name, xs] of perArticle) console.log(`  ${name.padEnd(13)} ${median(xs).toFixed(2)} ms   (${xs.map((x) => x.toFixed(2)).join(' ')})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await wipe(db.graph).catch(() => {});
  const writer = new GraphWriter(db.graph);
  await writer.init().catch(() => {}); // leave the schema whole
  await db.close(values.keep);
}
