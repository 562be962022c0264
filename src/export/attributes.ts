/**
 * Attribute typing: which declared type fits a property, from Neo4j's `valueType()` names (when
 * reading the database) or from JS values (an in-memory graph), and how a value is written as text.
 */
import type { AttributeDeclaration, AttributeType, Declarations, ExportNode, ExportRelationship } from './model.js';

/** The type of one Neo4j `valueType()` name ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"…). */
export function typeOfCypher(valueType: string): AttributeType {
  const t = valueType.trim().toUpperCase();
  if (t.startsWith('LIST')) return 'list';
  if (t.startsWith('INTEGER')) return 'long';
  if (t.startsWith('FLOAT')) return 'double';
  if (t.startsWith('BOOLEAN')) return 'boolean';
  return 'string'; // strings, temporal values (written in ISO form), points
}

/** The type of one JS value (as `plain()` returns them from the driver). */
export function typeOfValue(value: unknown): AttributeType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The narrowest type that holds values of both types: long with double is double; anything else mixed is string. */
export function widen(a: AttributeType | undefined, b: AttributeType): AttributeType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** Declarations from (name, type) observations, sorted by name so the output is stable. */
export function declare(observations: Iterable<readonly [string, AttributeType]>): AttributeDeclaration[] {
  const types = new Map<string, AttributeType>();
  for (const [name, type] of observations) types.set(name, widen(types.get(name), type));
  return [...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, type]) => ({ name, type }));
}

function* observe(items: Iterable<{ properties: Record<string, unknown> }>): Iterable<[string, AttributeType]> {
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      if (value !== null && value !== undefined) yield [name, typeOfValue(value)];
    }
  }
}

/** Declarations of an in-memory graph. */
export function declarationsOf(nodes: Iterable<ExportNode>, relationships: Iterable<ExportRelationship>): Declarations {
  return { node: declare(observe(nodes)), relationship: declare(observe(relationships)) };
}

/** A double as XML Schema writes it (INF, -INF, NaN instead of JS's Infinity). */
function doubleText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'INF';
  if (n === -Infinity) return '-INF';
  return String(n);
}

/**
 * A value as the text of an attribute declared with `type`; null when there is nothing to write.
 * Lists are JSON arrays; a value that does not fit its declared type is written as it is, as text
 * (declarations widen to string when types mix, so this happens only for hand-made declarations).
 */
export function valueText(value: unknown, type: AttributeType): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'number') return type === 'long' && Number.isInteger(value) ? String(value) : doubleText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
