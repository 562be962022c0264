/**
 * Calendar arithmetic on plain dates (no time of day, no time zone), so that
 * "Thursday before 2026-03-06" never drifts with the machine's zone.
 */

export interface Day {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const DAY_MS = 86_400_000;

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const toUtc = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): Day => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export function addDays(d: Day, days: number): Day {
  return fromUtc(toUtc(d) + days * DAY_MS);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** Number of days in the month. */
export function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatYear = (year: number): string => pad(year, 4);

/** The `YYYY-MM` months from one day to another, both included. */
export function monthsBetween(from: Day, to: Day): string[] {
  const index = (d: Day) => d.year * 12 + d.month - 1;
  const months: string[] = [];
  for (let k = index(from); k <= index(to); k++) months.push(formatMonth(Math.floor(k / 12), (k % 12) + 1));
  return months;
}

/** ISO 8601 week of a day, e.g. `2026-W10` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: Day): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** Compare two days: negative if a is earlier. */
export const compareDays = (a: Day, b: Day): number => toUtc(a) - toUtc(b);
