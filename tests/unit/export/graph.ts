/** A small graph in the shape newsgraph writes, with hostile text in it, for the writer tests. */
import type { ExportNode, ExportRelationship } from '../../../src/export/index.js';

/** Text no writer may damage: markup, quotes, both line ends, a tab, a NUL (forbidden in XML 1.0), a lone surrogate, an emoji. */
export const hostile = 'Tom & Jerry <said> "hi", \'bye\';\r\nnext\tline\u0000 end \uD800 🙂 | a;b';

export const nodes: ExportNode[] = [
  {
    id: 'a_1',
    labels: ['Article'],
    properties: { id: 'a_1', title: 'Sides swap prisoners', url: 'https://example.org/a?x=1&y=2', publishedAt: '2026-03-06' },
  },
  { id: 'a_1:s0', labels: ['Sentence'], properties: { id: 'a_1:s0', index: 0, text: hostile, start: 0, end: 42, articleId: 'a_1' } },
  { id: 'a_1:s1', labels: ['Sentence'], properties: { id: 'a_1:s1', index: 1, text: 'Talks were held in the capital.', start: 43, end: 75, articleId: 'a_1' } },
  {
    id: 'person:jane doe',
    labels: ['Person'],
    properties: { id: 'person:jane doe', name: 'Jane Doe', aliases: ['Doe', 'J. Doe, "JD"'], articleCount: 1 },
  },
  {
    id: 'place:geonames:123',
    labels: ['Place'],
    properties: { id: 'place:geonames:123', name: 'Capital City', kind: 'city', countryCode: 'XX', latitude: 46.2, longitude: 6 },
  },
  {
    id: 'event:PRISONER_EXCHANGE:abc',
    labels: ['Event', 'PrisonerExchange'],
    properties: {
      id: 'event:PRISONER_EXCHANGE:abc',
      name: 'prisoner exchange',
      type: 'PRISONER_EXCHANGE',
      date: '2026-03-05',
      perSide: 200,
      total: 400,
      conflictingFigures: false,
      confidence: 0.9,
    },
  },
];

export const relationships: ExportRelationship[] = [
  { id: 'a_1|HAS_SENTENCE|a_1:s0', type: 'HAS_SENTENCE', source: 'a_1', target: 'a_1:s0', properties: {} },
  { id: 'a_1|HAS_SENTENCE|a_1:s1', type: 'HAS_SENTENCE', source: 'a_1', target: 'a_1:s1', properties: {} },
  {
    id: 'a_1|REPORTS|event:PRISONER_EXCHANGE:abc',
    type: 'REPORTS',
    source: 'a_1',
    target: 'event:PRISONER_EXCHANGE:abc',
    properties: { status: 'occurred', perSide: 200, evidence: ['a_1:s0'], confidence: 1 },
  },
  {
    id: 'event:PRISONER_EXCHANGE:abc|INVOLVED|person:jane doe|side',
    type: 'INVOLVED',
    source: 'event:PRISONER_EXCHANGE:abc',
    target: 'person:jane doe',
    properties: { role: 'side', key: 'side', evidence: ['a_1:s0', 'a_1:s1'], confidence: 0.75 },
  },
  {
    id: 'event:PRISONER_EXCHANGE:abc|TOOK_PLACE_IN|place:geonames:123',
    type: 'TOOK_PLACE_IN',
    source: 'event:PRISONER_EXCHANGE:abc',
    target: 'place:geonames:123',
    properties: { evidence: ['a_1:s1'], confidence: 0.5 },
  },
];
