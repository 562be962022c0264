/**
 * CSV: `nodes.csv` and `relationships.csv` (RFC 4180: comma, double quotes, CRLF-free LF rows),
 * with headers in `neo4j-admin database import` form, so the folder loads back into Neo4j and
 * into pandas alike: `id:ID`, `:LABEL` (`;`-separated), `:START_ID`, `:END_ID`, `:TYPE`, and one
 * column per property, typed `name:long|double|boolean` (strings and lists untyped; lists are JSON).
 */
import { valueText } from './attributes.js';
import type { AttributeDeclaration, ExportSource, TextSink } from './model.js';
import { xmlSafe } from './xml.js';

/** One CSV field: quoted when it holds a comma, quote, CR or LF (or leading/trailing space, which some readers trim). */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: string[]): string => `${fields.map(csvField).join(',')}\n`;

/** A property column header: `name` for strings and lists, `name:long` etc. otherwise. */
export function columnHeader(d: AttributeDeclaration): string {
  return d.type === 'string' || d.type === 'list' ? d.name : `${d.name}:${d.type}`;
}

const cells = (properties: Record<string, unknown>, declared: AttributeDeclaration[]): string[] =>
  declared.map((d) => {
    const text = valueText(properties[d.name], d.type);
    // NUL and similar controls upset CSV readers (pandas' C parser stops at NUL); same policy as XML.
    return text === null ? '' : xmlSafe(text);
  });

/** `id` is the `:ID` column, so it is not repeated as a property column. */
const withoutId = (declared: AttributeDeclaration[]): AttributeDeclaration[] => declared.filter((d) => d.name !== 'id');

export async function writeCsv(source: ExportSource, sinks: { nodes: TextSink; relationships: TextSink }): Promise<void> {
  const declarations = await source.declarations();
  const nodeColumns = withoutId(declarations.node);
  await sinks.nodes.write(csvRow(['id:ID', ':LABEL', ...nodeColumns.map(columnHeader)]));
  for await (const batch of source.nodes()) {
    await sinks.nodes.write(batch.map((n) => csvRow([n.id, n.labels.join(';'), ...cells(n.properties, nodeColumns)])).join(''));
  }
  const relColumns = declarations.relationship;
  await sinks.relationships.write(csvRow([':START_ID', ':END_ID', ':TYPE', ...relColumns.map(columnHeader)]));
  for await (const batch of source.relationships()) {
    await sinks.relationships.write(batch.map((r) => csvRow([r.source, r.target, r.type, ...cells(r.properties, relColumns)])).join(''));
  }
}
