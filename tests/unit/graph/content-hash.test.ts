/** When a stored article counts as unchanged: the same text and the same facts read in it. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import { contentHash } from '../../../src/graph/patch.js';

const article = {
  id: 't',
  title: 'Truce agreed',
  publishedAt: '2026-03-06',
  text: 'Russia and Ukraine agreed a ceasefire in Geneva on Thursday, officials said.',
  credits: [],
  input: 'test',
};

describe('contentHash', () => {
  const analysed = analyse(article);

  it('is the same for the same text read the same way', () => {
    expect(contentHash(analyse({ ...article }))).toBe(contentHash(analysed));
  });

  it('changes with the text, and with the facts read in the same text (an extractor upgrade)', () => {
    expect(contentHash(analyse({ ...article, text: `${article.text} More talks follow.` }))).not.toBe(contentHash(analysed));
    expect(analysed.events.length).toBeGreaterThan(0);
    const readOtherwise = { ...analysed, events: analysed.events.map((e) => ({ ...e, status: 'planned' as const })) };
    expect(contentHash(readOtherwise)).not.toBe(contentHash(analysed));
  });
});
