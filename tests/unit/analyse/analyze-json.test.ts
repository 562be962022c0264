/** `newsgraph analyze --json` (toAnalyzeJson): `timeReferences` apart from the calendar dates. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import { toAnalyzeJson } from '../../../src/ingest/print.js';
import { article } from '../../helpers/article.js';

const text = 'Talks resumed on Thursday. Officials said prices are now falling and had risen in the past.';

describe('analyze --json', () => {
  const a = analyse(article(text));
  const json = toAnalyzeJson(a);

  it('lists the reference dates with text, offsets and TimeML value, apart from the calendar dates', () => {
    expect(json.timeReferences.map((r) => [r.text, r.value])).toEqual([
      ['now', 'PRESENT_REF'],
      ['the past', 'PAST_REF'],
    ]);
    for (const r of json.timeReferences) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(json.dates.map((d) => d.text)).toEqual(['Thursday']);
  });
});
