/**
 * How long analyse() takes to reach its settled speed: passes over the benchmark corpus, each
 * printed with its CPU time (this process, the JIT's compiler threads included) and wall time.
 * The analysis measure's warm-up (`bench/args.ts`) is sized from this curve.
 *
 *   npx tsx bench/warmup.ts [--passes 20]
 *   node --import tsx --trace-opt --trace-deopt bench/warmup.ts   with V8's own account of each pass
 */
import { parseArgs } from 'node:util';
import { analyse } from '../src/ingest/analyse/index.js';
import { loadCorpus } from './corpus.js';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '20' } } });
const passes = Number(values.passes);
const articles = (await loadCorpus()).map((s) => s.article);
console.log(`${articles.length} articles per pass`);
for (let pass = 0; pass < passes; pass++) {
  // The marker lets a --trace-opt log be split by pass.
  console.log(`PASS ${pass} begins`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const article of articles) analyse(article);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(`pass ${pass}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`);
}
