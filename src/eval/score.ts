/**
 * Mention scoring: precision, recall and F1 per type and micro-averaged, under two span
 * criteria. Strict: same type, exactly the same span. Lenient: same type, overlapping spans.
 *
 * Matching is one-to-one (a gold span is credited at most once, so one long system span
 * covering two gold names counts once): exact matches first, then, for lenient, the pairs
 * with the largest overlap.
 */
import { EVAL_TYPES, type EvalType, overlapLength, type TypedSpan } from './spans.js';

export type SpanMode = 'strict' | 'lenient';

export interface Counts {
  /** Matched pairs. */
  matched: number;
  gold: number;
  system: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type CountsByType = Record<EvalType, Counts>;
export type ScoresByType = Record<EvalType | 'micro', Scores>;

export const emptyCounts = (): CountsByType =>
  Object.fromEntries(EVAL_TYPES.map((t) => [t, { matched: 0, gold: 0, system: 0 }])) as CountsByType;

/** Pairs (gold index, system index) matched one-to-one under the mode. */
export function matchSpans<G extends TypedSpan, S extends TypedSpan>(
  gold: readonly G[],
  system: readonly S[],
  mode: SpanMode,
): Array<[number, number]> {
  const candidates: Array<{ g: number; s: number; exact: boolean; overlap: number }> = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      if (g.type !== s.type) return;
      const exact = g.start === s.start && g.end === s.end;
      const overlap = overlapLength(g, s);
      if (exact || (mode === 'lenient' && overlap > 0)) candidates.push({ g: gi, s: si, exact, overlap });
    }),
  );
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.g - b.g || a.s - b.s);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedSystem.has(c.s)) continue;
    usedGold.add(c.g);
    usedSystem.add(c.s);
    pairs.push([c.g, c.s]);
  }
  return pairs;
}

/** Add one document's counts to `into` (mutates and returns it). */
export function countDocument(
  into: CountsByType,
  gold: readonly TypedSpan[],
  system: readonly TypedSpan[],
  mode: SpanMode,
): CountsByType {
  for (const g of gold) into[g.type].gold++;
  for (const s of system) into[s.type].system++;
  for (const [gi] of matchSpans(gold, system, mode)) into[gold[gi]!.type].matched++;
  return into;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scoresOf(c: Counts): Scores {
  const precision = ratio(c.matched, c.system);
  const recall = ratio(c.matched, c.gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Per-type scores plus micro average (pooled counts). */
export function scoreCounts(counts: CountsByType): ScoresByType {
  const micro: Counts = { matched: 0, gold: 0, system: 0 };
  const out = {} as ScoresByType;
  for (const t of EVAL_TYPES) {
    out[t] = scoresOf(counts[t]);
    micro.matched += counts[t].matched;
    micro.gold += counts[t].gold;
    micro.system += counts[t].system;
  }
  out.micro = scoresOf(micro);
  return out;
}
