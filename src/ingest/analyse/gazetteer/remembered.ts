/**
 * A gazetteer lookup that remembers its recent answers. A news text names the same places and
 * bodies again and again, and its capitalised words are looked up by several rules each (a span's
 * text by up to six tables, a word by the span finder and again by the typing). Each lookup folds
 * its argument into a new key string and probes a table of up to 135k names, whose entries are
 * rarely in the CPU cache; a small table keyed by the string as written answers the repeats.
 */

/** Answers kept at most; the table is emptied when full (a bound on memory, not an eviction policy). */
const LIMIT = 8192;

/** Stands for an `undefined` answer ("not in the table", the most frequent one), so one `get` tells all. */
const NONE = Symbol('none');

/** `lookup`, remembering its answer for each argument. `lookup` must be pure. */
export function remembered<T>(lookup: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T | typeof NONE>();
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const answer = lookup(name);
    if (answers.size >= LIMIT) answers.clear();
    answers.set(name, answer === undefined ? NONE : answer);
    return answer;
  };
}
