import { describe, expect, it } from 'vitest';
import { declarationsOf, typeOfCypher, typeOfValue, valueText } from '../../../src/export/index.js';

describe('attribute types', () => {
  it('maps Neo4j valueType() names', () => {
    expect(typeOfCypher('INTEGER NOT NULL')).toBe('long');
    expect(typeOfCypher('FLOAT NOT NULL')).toBe('double');
    expect(typeOfCypher('BOOLEAN NOT NULL')).toBe('boolean');
    expect(typeOfCypher('STRING NOT NULL')).toBe('string');
    expect(typeOfCypher('LIST<STRING NOT NULL> NOT NULL')).toBe('list');
    expect(typeOfCypher('DATE NOT NULL')).toBe('string');
  });

  it('types JS values', () => {
    expect(typeOfValue(3)).toBe('long');
    expect(typeOfValue(0.5)).toBe('double');
    expect(typeOfValue(['a'])).toBe('list');
    expect(typeOfValue(true)).toBe('boolean');
    expect(typeOfValue('x')).toBe('string');
  });

  it('widens a property to the type that holds every value seen: long+double is double, other mixes are string', () => {
    const d = declarationsOf(
      [
        { id: '1', labels: ['X'], properties: { n: 1, mixed: 1, flag: true, nothing: null } },
        { id: '2', labels: ['X'], properties: { n: 2.5, mixed: 'one', flag: false } },
      ],
      [],
    );
    expect(d.node).toEqual([
      { name: 'flag', type: 'boolean' },
      { name: 'mixed', type: 'string' },
      { name: 'n', type: 'double' },
    ]);
  });
});

describe('value text', () => {
  it('writes lists as JSON, numbers as XML Schema numbers, and nothing for null', () => {
    expect(valueText(['a', 'b;c', 'd"e'], 'list')).toBe('["a","b;c","d\\"e"]');
    expect(valueText(200, 'long')).toBe('200');
    expect(valueText(200, 'double')).toBe('200');
    expect(valueText(Infinity, 'double')).toBe('INF');
    expect(valueText(Number.NaN, 'double')).toBe('NaN');
    expect(valueText(false, 'boolean')).toBe('false');
    expect(valueText(null, 'string')).toBeNull();
    expect(valueText(undefined, 'string')).toBeNull();
  });
});
