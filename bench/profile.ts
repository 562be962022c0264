/**
 * Where a V8 CPU profile spends its time: self time by function and by file, heaviest first.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/index.ts --quick --only analysis
 *   npx tsx bench/profile.ts /tmp/prof/*.cpuprofile [--top 25]
 *
 * Self time is the time a function runs its own code (not its callees'); summed per file it
 * shows which module (a stage of analyse(), wink, the GC…) the time goes to.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

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

export const byFunction = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
export const byFile = (n: ProfileNode) => where(n.callFrame.url);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
  for (const file of args) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const print = (title: string, rows: SelfTime[]) => {
      process.stdout.write(`\n${title}\n`);
      for (const r of rows.slice(0, top)) process.stdout.write(`${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}\n`);
    };
    process.stdout.write(`${file}\n`);
    print('self time by file', selfTimes(profile, byFile));
    print('self time by function', selfTimes(profile, byFunction));
  }
}
