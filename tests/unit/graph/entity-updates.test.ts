/**
 * The writer's per-batch combination of entity rows: one update per node, combined as the
 * MERGE statement combines a row with a node.
 */
import { describe, expect, it } from 'vitest';
import { entityUpdates, type EntityRow, type GraphPatch } from '../../../src/graph/patch.js';

const entity = (over: Partial<EntityRow>): EntityRow => ({
  id: 'person:x',
  label: 'Person',
  name: 'Medina',
  aliases: [],
  nameKeys: ['medina'],
  surnameKey: null,
  kind: null,
  countryCode: null,
  latitude: null,
  longitude: null,
  sourceKind: null,
  confidence: 0.8,
  ...over,
});

const patch = (publishedAt: string, sources: string[], entities: EntityRow[]): GraphPatch =>
  ({ article: { id: `article:${publishedAt}`, publishedAt, sources }, entities }) as unknown as GraphPatch;

describe('entityUpdates', () => {
  it('gives one update per node, counting its articles and their days and sources', () => {
    const updates = entityUpdates([
      patch('2026-03-06', ['source:efe'], [entity({}), entity({ id: 'place:ch', label: 'Place', name: 'Geneva' })]),
      patch('2026-03-04', ['source:efe', 'source:ap'], [entity({ name: 'Ana Medina', nameKeys: ['ana medina'], surnameKey: 'medina' })]),
      patch('2026-03-09', [], [entity({ name: 'Ana Medina', aliases: ['A. Medina'], countryCode: 'ES' })]),
    ]);
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({
      id: 'person:x',
      name: 'Ana Medina',
      articles: 3,
      firstSeen: '2026-03-04',
      lastSeen: '2026-03-09',
      sources: ['source:efe', 'source:ap'],
      surnameKey: 'medina',
      countryCode: 'ES',
    });
    expect(updates[0]!.aliases.sort()).toEqual(['A. Medina', 'Medina']);
    expect(updates[0]!.nameKeys.sort()).toEqual(['ana medina', 'medina']);
    expect(updates[1]).toMatchObject({ id: 'place:ch', articles: 1, aliases: [] });
  });

  it('keeps the first of two names with as many words', () => {
    const [u] = entityUpdates([patch('2026-03-06', [], [entity({ name: 'Zelensky' })]), patch('2026-03-07', [], [entity({ name: 'Zelenskyy' })])]);
    expect(u).toMatchObject({ name: 'Zelensky', aliases: ['Zelenskyy'] });
  });
});
