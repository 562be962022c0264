/**
 * Numeric dates written in full, "7/8/07", "07/08/2007", "2008-03-06", read without chrono.
 * Chrono reads these shapes the same way (month first, as in US English; a two-digit year
 * 51–99 is 19xx, 00–50 is 20xx), but its first calls in a process compile some thirty large
 * patterns, a third of a second of the first article that holds a numeric date. Every other
 * numeric shape (no year, day first, an impossible date) is still left to chrono.
 */
import { monthLength, type Day } from './calendar.js';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The day a full numeric date names, or undefined when it is no such date (chrono decides). */
export function fullNumericDate(text: string): Day | undefined {
  const us = US_DATE.exec(text);
  if (us) {
    const digits = us[3]!;
    const written = Number(digits);
    const year = digits.length === 2 ? (written > 50 ? 1900 + written : 2000 + written) : written;
    return existing(year, Number(us[1]), Number(us[2]));
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return existing(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** The day, when it exists in the calendar (and its year has four digits). */
function existing(year: number, month: number, day: number): Day | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= monthLength(year, month) ? { year, month, day } : undefined;
}
