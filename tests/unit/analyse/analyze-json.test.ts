/** `newsgraph analyze --json` (toAnalyzeJson): `timeReferences` apart from the calendar dates. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import { toAnalyzeJson } from '../../../src/ingest/print.js';

const article = {
  id: 't',
  title: '',
  publishedAt: '2026-03-06',
  text: 'Talks resumed on Thursday. Officials said prices are now falling and had risen in the past.',
  credits: [],
  input: 'test',
};

describe('analyze --json', () => {
  const a = analyse(article);
  const json = toAnalyzeJson(a);

  it('lists the reference dates with text, offsets and TimeML value, apart from the calendar dates', () => {
    expect(json.timeReferences.map((r) => [r.text, r.value])).toEqual([
      ['now', 'PRESENT_REF'],
      ['the past', 'PAST_REF'],
    ]);
    for (const r of json.timeReferences) expect(article.text.slice(r.start, r.end)).toBe(r.text);
    expect(json.dates.map((d) => d.text)).toEqual(['Thursday']);
  });
});
