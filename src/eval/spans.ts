/** The labelled character spans every scorer compares. */

/** The entity types MEANTIME and newsgraph share. */
export const EVAL_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type EvalType = (typeof EVAL_TYPES)[number];

/** A typed half-open character range `[start, end)`. */
export interface TypedSpan {
  start: number;
  end: number;
  type: EvalType;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export const overlapLength = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
