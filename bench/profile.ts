/**
 * Where the CPU time goes: self time by area (a package or a folder of src/), file and function.
 *
 *   npx tsx bench/profile.ts analysis [--passes 10] [--top 25]   profile analyse() alone, warmed up,
 *                                                                over the MEANTIME texts (V8 inspector)
 *   npx tsx bench/profile.ts some.cpuprofile [--top 25]          summarise a profile written by
 *                                                                `node --cpu-prof …`
 *
 * Self time is the time a function runs its own code (not its callees'); summed per file or area
 * it shows which module (a stage of analyse(), wink, the GC…) the time goes to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { analyse } from '../src/ingest/analyse/index.js';
import { loadCorpus } from './corpus.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  pct: number;
}

const where = (url: string): string => {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? path.slice(inModules + 'node_modules/'.length) : relative(process.cwd(), path);
};

/** Self time per key (a function or a file), from the samples and their time deltas. */
export function selfTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string): SelfTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  });
  return [...totals.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000, pct: (100 * us) / all }))
    .sort((a, b) => b.ms - a.ms);
}

/** A package (`wink-nlp`), a folder of src/ (`src/ingest/analyse/entities`), or `(native)`. */
export const byArea = (n: ProfileNode) => {
  const file = where(n.callFrame.url);
  if (file.startsWith('src/')) return file.split('/').slice(0, -1).join('/');
  if (file.startsWith('(') || file.startsWith('node:')) return file.startsWith('node:') ? 'node internals' : file;
  const parts = file.split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
};
export const byFunction = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
export const byFile = (n: ProfileNode) => where(n.callFrame.url);

/** Profile `passes` passes of analyse() over the corpus, after as many warm-up passes. */
async function profileAnalysis(passes: number): Promise<CpuProfile> {
  const articles = (await loadCorpus()).map((s) => s.article);
  for (let i = 0; i < passes; i++) for (const a of articles) analyse(a);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < passes; i++) for (const a of articles) analyse(a);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile as unknown as CpuProfile;
}

function print(title: string, rows: SelfTime[], top: number): void {
  process.stdout.write(`\n${title}\n`);
  for (const r of rows.slice(0, top)) process.stdout.write(`${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}\n`);
}

function summarise(profile: CpuProfile, top: number): void {
  print('self time by area', selfTimes(profile, byArea), top);
  print('self time by file', selfTimes(profile, byFile), top);
  print('self time by function', selfTimes(profile, byFunction), top);
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const top = option('--top', 25);
const passes = option('--passes', 10);
for (const target of args) {
  if (target === 'analysis') {
    const profile = await profileAnalysis(passes);
    const file = `/tmp/newsgraph-analysis-${Date.now()}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    process.stdout.write(`analyse() × ${passes} passes over the corpus; profile written to ${file} (open it in Chrome DevTools)\n`);
    summarise(profile, top);
  } else {
    process.stdout.write(`${target}\n`);
    summarise(JSON.parse(readFileSync(target, 'utf8')) as CpuProfile, top);
  }
}
