/**
 * The data every export format is written from: nodes and relationships as plain objects, the
 * typed attribute declarations the XML and CSV formats need before the first row, and a source
 * that yields both in batches (so a large graph is never held in memory at once).
 */

/** A node as exported: its `id` property, its Neo4j labels and every property (plain JS values). */
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/**
 * A relationship as exported. Neo4j relationships have no id property; `id` is derived from the
 * endpoints, type and the writer's `key` (which tells parallel relationships apart), so it is
 * stable across exports of the same graph.
 */
export interface ExportRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/**
 * The type an attribute is declared with. `list` values (aliases, evidence ids…) are written as
 * JSON arrays in a string-typed attribute: GraphML has no list type, and GEXF's list syntax
 * cannot carry items that contain its separators.
 */
export type AttributeType = 'boolean' | 'long' | 'double' | 'string' | 'list';

/** One declared property: its name and the type that fits every value seen for it. */
export interface AttributeDeclaration {
  name: string;
  type: AttributeType;
}

/** What nodes and relationships may carry, declared before any row is written. */
export interface Declarations {
  node: AttributeDeclaration[];
  relationship: AttributeDeclaration[];
}

/** Everything an export writer reads: declarations first, then node batches, then relationship batches. */
export interface ExportSource {
  declarations(): Promise<Declarations>;
  nodes(): AsyncIterable<ExportNode[]>;
  relationships(): AsyncIterable<ExportRelationship[]>;
}

/** Where a writer puts its text; `write` resolves when the chunk may be followed by the next. */
export interface TextSink {
  write(chunk: string): Promise<void>;
}

export const exportFormats = ['graphml', 'gexf', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The derived relationship id: `<source>|<TYPE>|<target>`, plus `|<key>` when the writer keyed it. */
export function relationshipId(source: string, type: string, target: string, key?: unknown): string {
  const base = `${source}|${type}|${target}`;
  return key === undefined || key === null || key === '' ? base : `${base}|${String(key)}`;
}

/** What a node shows as its caption in Gephi and yEd: name, else event label, article title, sentence text, id. */
export function captionOf(node: ExportNode): string {
  const p = node.properties;
  for (const k of ['name', 'label', 'title', 'text']) {
    if (typeof p[k] === 'string' && p[k]) return p[k] as string;
  }
  return node.id;
}
