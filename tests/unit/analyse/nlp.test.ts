/** The token layer: offsets that slice back, sentences that respect words, lines and headings. */
import { describe, expect, it } from 'vitest';
import { foldForTokenizer, tokenize } from '../../../src/ingest/analyse/nlp.js';

describe('tokenize', () => {
  it('keeps names with letters beyond Latin-1 whole, with offsets into the original text', () => {
    const text = 'Analyst Tomasz Wiśniewski met Recep Tayyip Erdoğan and Nguyễn Tấn Dũng in Łódź.';
    const layer = tokenize(text);
    expect(layer.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Wiśniewski', 'Erdoğan', 'Nguyễn', 'Dũng', 'Łódź']));
    for (const t of layer.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(layer.tokens.find((t) => t.text === 'Wiśniewski')!.pos).toBe('PROPN');
  });

  it('folds only letters, one code unit for one', () => {
    const text = 'Dvořák’s “Łódź” — Ħal';
    const folded = foldForTokenizer(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('Dvorák’s “Lódz” — Hal'); // á and ó are Latin-1: wink reads them as they are
  });

  it('does not split sentences inside domains and splits at line breaks', () => {
    const layer = tokenize('Officials said so, reports Digi24.ro.\n\nPrisoners released\n\nAccording to Digi24.ro, the swap is part of it.');
    expect(layer.sentences.map((s) => s.text)).toEqual([
      'Officials said so, reports Digi24.ro.',
      'Prisoners released',
      'According to Digi24.ro, the swap is part of it.',
    ]);
  });
});
