import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { type CatDocument, parseCat } from '../../../src/eval/meantime/cat.js';
import { goldDocument, publicationDate } from '../../../src/eval/meantime/gold.js';
import { rebuildText, SENTENCE_BREAK, spanOf } from '../../../src/eval/meantime/text.js';

const FIXTURE = new URL('./fixtures/mini-cat.xml', import.meta.url);
const xml = readFileSync(FIXTURE, 'utf8');

describe('parseCat', () => {
  const doc = parseCat(xml, 'mini-cat.xml');

  it('reads the document, its tokens in order and as written', () => {
    expect(doc).toMatchObject({ id: '42', name: '42_Acme_opens_plant_in_Ohio', url: 'http://en.wikinews.org/wiki/Acme_opens_plant' });
    expect(doc.tokens).toHaveLength(27);
    expect(doc.tokens[4]).toEqual({ id: '5', text: '06', sentence: 1, number: 4 });
  });

  it('links mentions to their entity instance through REFERS_TO, with token anchors in document order', () => {
    const smith = doc.entityMentions.find((m) => m.id === '3')!;
    expect(smith.syntacticType).toBe('NAM');
    expect(smith.tokens).toEqual(['9', '10', '11']);
    expect(smith.entity).toMatchObject({ type: 'PER', name: 'John Smith', instanceId: 'PER456' });
    expect(doc.entityMentions.find((m) => m.id === '1')!.entity).toMatchObject({
      type: 'ORG',
      externalRef: 'http://dbpedia.org/resource/Acme',
      instanceId: 'ORG123',
    });
    expect(doc.entityMentions.find((m) => m.id === '5')!.entity?.instanceId).toBeUndefined();
  });

  it('drops anchorless mention stubs', () => {
    expect(doc.entityMentions.map((m) => m.id)).not.toContain('7');
  });

  it('reads TIMEX3 values and the CREATION_TIME function', () => {
    expect(doc.timexes).toEqual([
      { id: '20', type: 'DATE', value: '06-03-2008', functionInDocument: 'CREATION_TIME', tokens: ['4', '5', '6', '7'] },
      { id: '21', type: 'DATE', value: '2008-03-04', functionInDocument: 'NONE', tokens: ['14'] },
    ]);
  });

  it('names the input and the problem when the XML is not CAT', () => {
    expect(() => parseCat('<html></html>', 'page.html')).toThrow(InputError);
    expect(() => parseCat('<html></html>', 'page.html')).toThrow('page.html: expected a CAT <Document> root element');
    expect(() => parseCat('<Document doc_id="1"></Document>', 'empty.xml')).toThrow('expected <token> elements');
  });
});

describe('rebuildText', () => {
  const doc = parseCat(xml, 'mini-cat.xml');
  const rebuilt = rebuildText(doc.tokens);

  it('spaces tokens like news text and separates sentences by a blank line', () => {
    expect(rebuilt.text).toBe(
      ['Acme opens plant', 'March 06, 2008', `Acme CEO John Smith said on Tuesday the company's "new plant" (in Ohio) opens.`].join(SENTENCE_BREAK),
    );
  });

  it('maps every token to the characters it became', () => {
    for (const token of doc.tokens) {
      const [start, end] = rebuilt.offsets.get(token.id)!;
      const expected = token.text === '``' || token.text === "''" ? '"' : token.text;
      expect(rebuilt.text.slice(start, end)).toBe(expected);
    }
    const [start, end] = spanOf(['9', '10', '11'], rebuilt.offsets)!;
    expect(rebuilt.text.slice(start, end)).toBe('CEO John Smith');
  });

  it('records sentence ranges', () => {
    const [start, end] = rebuilt.sentences[1]!;
    expect(rebuilt.text.slice(start, end)).toBe('March 06, 2008');
  });

  it('handles straight quotes as opening then closing', () => {
    const tokens = ['He', 'said', '"', 'yes', '"', '.'].map((text, i) => ({ id: String(i), text, sentence: 0, number: i }));
    expect(rebuildText(tokens).text).toBe('He said "yes".');
  });
});

describe('goldDocument', () => {
  const gold = goldDocument(parseCat(xml, 'mini-cat.xml'), 'mini-cat.xml');
  const slice = (s: { start: number; end: number }) => gold.article.text.slice(s.start, s.end);

  it('keeps proper-name mentions (NAM, PRE.NAM) of PER, ORG, LOC only', () => {
    expect(gold.mentions.map((m) => [slice(m), m.type, m.instance])).toEqual([
      ['Acme', 'ORG', 'ORG123'],
      ['Acme', 'ORG', 'ORG123'],
      ['CEO John Smith', 'PER', 'PER456'],
      ['Ohio', 'LOC', undefined],
    ]);
  });

  it('scores DATE timexes but not the CREATION_TIME, which becomes the publication date', () => {
    expect(gold.dates.map((d) => [slice(d), d.value])).toEqual([['Tuesday', '2008-03-04']]);
    expect(gold.dateline && slice(gold.dateline)).toBe('March 06, 2008');
    expect(gold.article).toMatchObject({ publishedAt: '2008-03-06', title: 'Acme opens plant', id: 'meantime:42', language: 'en' });
    expect(gold.windowEnd).toBe(gold.article.text.length);
  });

  it('scores mentions in the annotated window (CAT sentences 0..5) and links everywhere', () => {
    const acme = { id: 'e', type: 'ORG', name: 'Acme', instanceId: 'ORG1' };
    const doc: CatDocument = {
      id: '7',
      name: '7_x',
      tokens: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, text: 'Acme', sentence: i, number: i })),
      entityMentions: [
        { id: 'm0', syntacticType: 'NAM', tokens: ['t0'], entity: acme },
        { id: 'm7', syntacticType: 'NAM', tokens: ['t7'], entity: acme },
      ],
      timexes: [],
    };
    const g = goldDocument(doc, 'x.xml');
    expect(g.windowEnd).toBe(g.rebuilt.sentences[5]![1]);
    expect(g.mentions.map((m) => m.start)).toEqual([0]);
    expect(g.linked.map((m) => m.start)).toEqual([0, g.rebuilt.offsets.get('t7')![0]]);
  });

  it('normalises publication dates, falling back to the dateline', () => {
    expect(publicationDate('2009-05-07', undefined)).toBe('2009-05-07');
    expect(publicationDate('03-02-2009', undefined)).toBe('2009-02-03');
    expect(publicationDate(undefined, 'April 27, 2005')).toBe('2005-04-27');
    expect(publicationDate(undefined, 'Boeing unveils long-range 777')).toBeUndefined();
  });
});
