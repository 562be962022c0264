/** When a stored article counts as unchanged: the same text and the same facts read in it. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/analyse/index.js';
import { contentHash } from '../../../src/graph/patch.js';
import { article } from '../../helpers/article.js';

const truce = article('Russia and Ukraine agreed a ceasefire in Geneva on Thursday, officials said.', { title: 'Truce agreed' });

describe('contentHash', () => {
  const analysed = analyse(truce);

  it('is the same for the same text read the same way', () => {
    expect(contentHash(analyse({ ...truce }))).toBe(contentHash(analysed));
  });

  it('changes with the text, and with the facts read in the same text (an extractor upgrade)', () => {
    expect(contentHash(analyse({ ...truce, text: `${truce.text} More talks follow.` }))).not.toBe(contentHash(analysed));
    expect(analysed.events.length).toBeGreaterThan(0);
    const readOtherwise = { ...analysed, events: analysed.events.map((e) => ({ ...e, status: 'planned' as const })) };
    expect(contentHash(readOtherwise)).not.toBe(contentHash(analysed));
  });
});
