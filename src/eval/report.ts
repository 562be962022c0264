/** The readable form of an evaluation report. */
import type { EvalReport } from './meantime/evaluate.js';
import type { Scores, ScoresByType } from './score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const triple = (s: Scores) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const ROWS = ['PER', 'ORG', 'LOC', 'micro'] as const;

function mentionTable(title: string, system: ScoresByType, peer: ScoresByType): string[] {
  const lines = [title, `  ${'type'.padEnd(6)}  ${'newsgraph P     R    F1'.padEnd(24)}  compromise P     R    F1`];
  for (const row of ROWS) lines.push(`  ${row.padEnd(6)}  ${triple(system[row]).padStart(24)}  ${triple(peer[row]).padStart(24)}`);
  return lines;
}

export function formatReport(report: EvalReport): string {
  const d = report.system.dates;
  const r = report.resolution;
  return [
    `MEANTIME evaluation: ${report.documents} documents (NewsReader MEANTIME corpus, Wikinews, CC BY 4.0)`,
    '',
    ...mentionTable('Entity mentions, strict (exact span and type), %', report.system.strict, report.peer.strict),
    '',
    ...mentionTable('Entity mentions, lenient (overlapping span, same type), %', report.system.lenient, report.peer.lenient),
    '',
    'Dates (TIMEX3 DATE), %',
    `  recall ${pct(d.recall)}   accuracy of found ${pct(d.accuracy)}   precision ${pct(d.precision)}   recall of calendar dates ${pct(d.calendarRecall)}`,
    '',
    `Cross-document resolution (${r.mentions} matched name mentions), %`,
    `  B3        P R F1 ${triple(r.b3)}`,
    `  pairwise  P R F1 ${triple(r.pairwise)}`,
  ].join('\n');
}
