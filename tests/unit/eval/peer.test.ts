import { describe, expect, it } from 'vitest';
import { peerMentions } from '../../../src/eval/peer.js';

describe('peer (compromise)', () => {
  it('returns typed spans that slice back to the names, without trailing punctuation', () => {
    const text = 'Apple CEO Steve Jobs spoke.\n\nThe company sold iPods in Paris.';
    const found = peerMentions(text);
    const named = found.map((m) => [m.type, text.slice(m.start, m.end)]);
    expect(named).toContainEqual(['PER', 'Steve Jobs']);
    expect(named).toContainEqual(['LOC', 'Paris']);
  });
});
