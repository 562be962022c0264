import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/graph/db.js';

describe('plain: driver values to plain JS', () => {
  it('turns Integers into numbers, at any depth', () => {
    expect(plain({ n: neo4j.int(42), list: [neo4j.int(1), { m: neo4j.int(-3) }] })).toEqual({ n: 42, list: [1, { m: -3 }] });
  });

  it('turns nodes and relationships into their properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'person:x', articleCount: neo4j.int(2) }, 'e1');
    const rel = new neo4j.types.Relationship(neo4j.int(5), neo4j.int(1), neo4j.int(2), 'INVOLVED', { role: 'side' }, 'r5', 'e1', 'e2');
    expect(plain([node, rel])).toEqual([{ id: 'person:x', articleCount: 2 }, { role: 'side' }]);
  });

  it('turns temporal values into ISO strings', () => {
    expect(plain({ d: new neo4j.types.Date(2026, 3, 5) })).toEqual({ d: '2026-03-05' });
  });

  it('keeps primitives, nulls and plain maps as they are', () => {
    expect(plain({ a: 'x', b: 1.5, c: null, d: true, e: { f: ['g'] } })).toEqual({ a: 'x', b: 1.5, c: null, d: true, e: { f: ['g'] } });
  });
});
