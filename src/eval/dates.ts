/**
 * Date scoring against TIMEX3 DATE values.
 *
 * Recall: share of gold dates overlapped by a system date. Accuracy: among those found,
 * share whose value agrees with the gold value at the gold's granularity (gold `2009-05`
 * vs system `2009-05-14` agree; gold `2009-05-14` vs system `2009-05` do not); the reference
 * values `PAST_REF`, `PRESENT_REF`, `FUTURE_REF` agree only with themselves. Gold values
 * that name neither (values with `X`, `2008-01-09TMO`, `FY2008`) count for recall but not for
 * accuracy. Precision: share of system dates that overlap any
 * gold TIMEX3 of any type (a system date on a TIME or DURATION is not a false alarm);
 * system dates on the CREATION_TIME dateline are left out of it. Calendar recall: recall
 * over the gold dates with a calendar value (what a graph of dated events can use).
 */
import { isoWeek, parseDay } from '../ingest/analyse/dates/calendar.js';
import { overlapLength, overlaps } from './spans.js';

export interface GoldDate {
  start: number;
  end: number;
  value: string;
}

export interface SystemDate {
  start: number;
  end: number;
  value: string;
}

export interface DateCounts {
  gold: number;
  /** Gold dates with a calendar value. */
  goldCalendar: number;
  found: number;
  /** Found gold dates with a calendar value. */
  foundCalendar: number;
  /** Found gold dates with a calendar or reference value (the accuracy denominator). */
  comparable: number;
  correct: number;
  system: number;
  /** System dates overlapping some gold TIMEX3. */
  systemOnTimex: number;
}

export interface DateScores {
  recall: number;
  accuracy: number;
  precision: number;
  /** Recall over gold dates with a calendar value only (vague `PAST_REF`, `XXXX`… left out). */
  calendarRecall: number;
}

export const emptyDateCounts = (): DateCounts => ({
  gold: 0,
  goldCalendar: 0,
  found: 0,
  foundCalendar: 0,
  comparable: 0,
  correct: 0,
  system: 0,
  systemOnTimex: 0,
});

/** Whether a gold TIMEX3 value names a calendar date we can compare with (a decade, `197`, included). */
export const isCalendarValue = (value: string): boolean =>
  /^\d{3}$|^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|SP|SU|FA|WI|H[12]))?$/.test(value);

/** TimeML's values for the present, the past and the future ("now", "recently", "the future"). */
export const isReferenceValue = (value: string): boolean => /^(?:PRESENT|PAST|FUTURE)_REF$/.test(value);

/** Does `system` agree with `gold` at the granularity of `gold`? */
export function sameAtGoldGranularity(gold: string, system: string): boolean {
  if (isReferenceValue(gold) || isReferenceValue(system)) return gold === system;
  if (/^\d{3}$/.test(gold)) return system.startsWith(gold);
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) return system.slice(0, 10) === gold;
  if (/^\d{4}-\d{2}$/.test(gold)) return /^\d{4}-\d{2}/.test(system) && system.slice(0, 7) === gold;
  if (/^\d{4}$/.test(gold)) return system.slice(0, 4) === gold;
  const week = /^(\d{4}-W\d{2})/.exec(gold);
  if (week) {
    if (/^\d{4}-W\d{2}/.test(system)) return system.slice(0, 8) === week[1];
    const day = /^\d{4}-\d{2}-\d{2}$/.test(system) ? parseDay(system) : undefined;
    return day ? isoWeek(day) === week[1] : false;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(gold);
  if (quarter) {
    if (/^\d{4}-Q[1-4]$/.test(system)) return system === gold;
    const m = /^(\d{4})-(\d{2})/.exec(system);
    return !!m && m[1] === quarter[1] && Math.ceil(Number(m[2]) / 3) === Number(quarter[2]);
  }
  // Seasons and halves: compare the year only.
  return system.slice(0, 4) === gold.slice(0, 4);
}

/**
 * Add one document's date counts. `timexes` are all gold TIMEX3 spans (any type) except the
 * CREATION_TIME one; `dateline` is the CREATION_TIME span if it appears in the text.
 */
export function countDates(
  into: DateCounts,
  gold: readonly GoldDate[],
  system: readonly SystemDate[],
  timexes: ReadonlyArray<{ start: number; end: number }>,
  dateline?: { start: number; end: number },
): DateCounts {
  const scored = system.filter((s) => !(dateline && overlaps(s, dateline)));
  into.gold += gold.length;
  into.goldCalendar += gold.filter((g) => isCalendarValue(g.value)).length;
  into.system += scored.length;
  into.systemOnTimex += scored.filter((s) => timexes.some((t) => overlaps(s, t))).length;

  // One-to-one, largest overlap first.
  const pairs: Array<{ g: number; s: number; overlap: number }> = [];
  gold.forEach((g, gi) => scored.forEach((s, si) => overlaps(g, s) && pairs.push({ g: gi, s: si, overlap: overlapLength(g, s) })));
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  for (const p of pairs) {
    if (usedGold.has(p.g) || usedSystem.has(p.s)) continue;
    usedGold.add(p.g);
    usedSystem.add(p.s);
    into.found++;
    const g = gold[p.g]!;
    if (isCalendarValue(g.value)) into.foundCalendar++;
    else if (!isReferenceValue(g.value)) continue;
    into.comparable++;
    if (sameAtGoldGranularity(g.value, scored[p.s]!.value)) into.correct++;
  }
  return into;
}

export function scoreDates(c: DateCounts): DateScores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    recall: ratio(c.found, c.gold),
    accuracy: ratio(c.correct, c.comparable),
    precision: ratio(c.systemOnTimex, c.system),
    calendarRecall: ratio(c.foundCalendar, c.goldCalendar),
  };
}
