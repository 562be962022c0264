/** The token layer: offsets that slice back, sentences that respect words, lines and headings. */
import { describe, expect, it } from 'vitest';
import { foldForTokenizer, its, nlp, tokenize } from '../../../src/ingest/analyse/nlp.js';

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

  it('gives each token its lower-cased form, lemma and sentence', () => {
    const text = 'Troops Released 200 prisoners on 5 March 2026.\r\nTalks resumed\n in Geneva on Monday.';
    const layer = tokenize(text);
    const token = (written: string) => layer.tokens.find((t) => t.text === written)!;
    expect([token('Released').lower, token('Released').lemma]).toEqual(['released', 'release']);
    expect(token('prisoners').lemma).toBe('prisoner');
    expect(layer.sentences.map((s) => s.text)).toEqual(['Troops Released 200 prisoners on 5 March 2026.', 'Talks resumed', 'in Geneva on Monday.']);
    expect([token('Troops').sentence, token('Talks').sentence, token('Geneva').sentence]).toEqual([0, 1, 2]);
    layer.sentenceTokens.forEach(([first, last], s) => {
      expect(layer.tokens[first]!.start).toBe(layer.sentences[s]!.start);
      expect(layer.tokens[last]!.end).toBe(layer.sentences[s]!.end);
    });
  });

  it('ends sentences at full stops, "!" and "?" followed by space, with their closing quotes and brackets', () => {
    const text =
      'Mr. Smith of the U.S. Navy said growth was 3.5 percent, Digi24.ro reports. "We won!" he said. It was over (in 2009.) "Next year," she said, "we go." Apple. ” Then Heading\nA new line';
    expect(tokenize(text).sentences.map((s) => s.text)).toEqual([
      'Mr. Smith of the U.S. Navy said growth was 3.5 percent, Digi24.ro reports.',
      '"We won!"',
      'he said.',
      'It was over (in 2009.)',
      '"Next year," she said, "we go."',
      'Apple. ”',
      'Then Heading',
      'A new line',
    ]);
  });

  it("gives the lemmas of wink's lemma column, contractions and words of two tags included, however often asked", () => {
    const text = "They can't say it won't work. I saw the saw; we're sawing. Talks were held, talks are held, he talks.";
    const expected = nlp.readDoc(text).tokens().out(its.lemma as never) as string[];
    for (let round = 0; round < 2; round++) expect(tokenize(text).tokens.map((t) => t.lemma)).toEqual(expected);
    expect(tokenize(text).tokens.filter((t) => t.lower === "n't").map((t) => t.lemma)).toEqual(['not', 'not']);
  });

  it('lower-cases a folded word from the original text, not from the folded one', () => {
    const t = tokenize('Crowds cheered in Łódź.').tokens.find((x) => x.text === 'Łódź')!;
    expect([t.lower, t.lemma]).toEqual(['łódź', 'łódź']);
  });
});
