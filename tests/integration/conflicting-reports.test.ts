/**
 * Two articles report one attack with different casualty figures: the graph keeps one event and
 * both figures side by side, each with its article (written through the real writer and Neo4j).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/db.js';
import { GraphWriter } from '../../src/graph/write.js';
import type { AnalysedArticle } from '../../src/ingest/types.js';
import { connectCleanGraph } from '../helpers/neo4j.js';

function report(id: string, publishedAt: string, total: number, sentence: string): AnalysedArticle {
  return {
    article: { id, title: `Attack report ${id}`, publishedAt, text: sentence, credits: [], input: `${id}.txt` },
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence }],
    mentions: [{ text: 'Kharkiv', start: sentence.indexOf('Kharkiv'), end: sentence.indexOf('Kharkiv') + 7, sentence: 0, type: 'PLACE', entity: 'place:geonames:706483', confidence: 0.9 }],
    entities: [{ key: 'place:geonames:706483', type: 'PLACE', name: 'Kharkiv', aliases: [], kind: 'city', countryCode: 'UA', confidence: 0.9 }],
    dates: [],
    events: [
      {
        key: 'event:1',
        type: 'ATTACK',
        cameo: '190',
        label: 'attack in Kharkiv',
        trigger: { start: 0, end: 6, sentence: 0, text: 'attack' },
        date: '2026-05-04',
        datePrecision: 'day',
        status: 'occurred',
        total,
        places: ['place:geonames:706483'],
        participants: [],
        evidence: [0],
        confidence: 0.8,
      },
    ],
    relations: [],
    quotes: [],
    diagnostics: [],
  };
}

let graph: Graph;
beforeAll(async () => {
  graph = await connectCleanGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('conflicting figures', () => {
  it('keeps one event and both reports with their own totals', async () => {
    const writer = new GraphWriter(graph);
    await writer.writeBatch([report('a_1', '2026-05-04', 12, 'An attack on Kharkiv on Monday killed 12 people.')]);
    await writer.writeBatch([report('a_2', '2026-05-05', 15, 'The attack on Kharkiv on Monday killed 15 people, officials said.')]);
    const rows = await graph.read(
      `MATCH (e:Event:Attack) RETURN e.total AS total, e.conflictingFigures AS conflicting, e.articleCount AS articles,
              [(a:Article)-[r:REPORTS]->(e) | a.id + ':' + r.total] AS reports`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ total: 12, conflicting: true, articles: 2 });
    expect((rows[0]!.reports as string[]).sort()).toEqual(['a_1:12', 'a_2:15']);
  });
});
