/**
 * Clustering scores for entity resolution: B³ (Bagga & Baldwin 1998) and pairwise.
 * Items are mentions found by both gold and system; each has a gold cluster id and a
 * system cluster id.
 */
import type { Scores } from './score.js';

export interface ClusteredItem {
  gold: string;
  system: string;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function groupSizes(items: readonly ClusteredItem[]) {
  const gold = new Map<string, number>();
  const system = new Map<string, number>();
  const both = new Map<string, number>();
  for (const i of items) {
    gold.set(i.gold, (gold.get(i.gold) ?? 0) + 1);
    system.set(i.system, (system.get(i.system) ?? 0) + 1);
    const k = `${i.gold}\u0000${i.system}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  return { gold, system, both };
}

/** B³: per item, the share of its system cluster that shares its gold cluster (precision) and vice versa. */
export function bCubed(items: readonly ClusteredItem[]): Scores {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const { gold, system, both } = groupSizes(items);
  let p = 0;
  let r = 0;
  for (const i of items) {
    const common = both.get(`${i.gold}\u0000${i.system}`)!;
    p += common / system.get(i.system)!;
    r += common / gold.get(i.gold)!;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: f1(precision, recall) };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Pairwise: of the item pairs put together by the system, how many belong together (and conversely). */
export function pairwise(items: readonly ClusteredItem[]): Scores {
  const { gold, system, both } = groupSizes(items);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const common = sum(both);
  const systemPairs = sum(system);
  const goldPairs = sum(gold);
  const precision = systemPairs === 0 ? 0 : common / systemPairs;
  const recall = goldPairs === 0 ? 0 : common / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
