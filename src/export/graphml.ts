/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/): one directed <graph>, a typed <key> per property
 * (attr.type boolean/long/double/string; lists as JSON strings), node labels in the `labels` key
 * (`;`-separated, as Neo4j's own GraphML export writes them) and the relationship type in `type`.
 * Node and edge ids must be XML NMTOKENs: see `nmtoken`; the graph's own id is the `id` data.
 */
import { valueText } from './attributes.js';
import type { AttributeDeclaration, ExportSource, TextSink } from './model.js';
import { escapeAttr, escapeText, nmtoken } from './xml.js';

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

const graphmlType = (d: AttributeDeclaration): string => (d.type === 'list' ? 'string' : d.type);

/** Key ids: `labels` and `type` for the structural attributes, `n.<name>` / `e.<name>` for properties. */
const nodeKey = (name: string): string => `n.${nmtoken(name)}`;
const edgeKey = (name: string): string => `e.${nmtoken(name)}`;

function keyLine(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${escapeAttr(id)}" for="${domain}" attr.name="${escapeAttr(nmtoken(name))}" attr.type="${type}"/>\n`;
}

function dataLines(properties: Record<string, unknown>, declared: AttributeDeclaration[], keyOf: (name: string) => string): string {
  let out = '';
  for (const d of declared) {
    const text = valueText(properties[d.name], d.type);
    if (text !== null) out += `      <data key="${escapeAttr(keyOf(d.name))}">${escapeText(text)}</data>\n`;
  }
  return out;
}

export async function writeGraphml(source: ExportSource, sink: TextSink): Promise<void> {
  const declarations = await source.declarations();
  let head = header;
  head += keyLine('labels', 'node', 'labels', 'string');
  for (const d of declarations.node) head += keyLine(nodeKey(d.name), 'node', d.name, graphmlType(d));
  head += keyLine('type', 'edge', 'type', 'string');
  for (const d of declarations.relationship) head += keyLine(edgeKey(d.name), 'edge', d.name, graphmlType(d));
  head += '  <graph id="newsgraph" edgedefault="directed">\n';
  await sink.write(head);

  for await (const batch of source.nodes()) {
    let chunk = '';
    for (const n of batch) {
      chunk += `    <node id="${escapeAttr(nmtoken(n.id))}">\n      <data key="labels">${escapeText(n.labels.join(';'))}</data>\n`;
      chunk += dataLines(n.properties, declarations.node, nodeKey);
      chunk += '    </node>\n';
    }
    await sink.write(chunk);
  }
  for await (const batch of source.relationships()) {
    let chunk = '';
    for (const r of batch) {
      chunk += `    <edge id="${escapeAttr(nmtoken(r.id))}" source="${escapeAttr(nmtoken(r.source))}" target="${escapeAttr(nmtoken(r.target))}">\n`;
      chunk += `      <data key="type">${escapeText(r.type)}</data>\n`;
      chunk += dataLines(r.properties, declarations.relationship, edgeKey);
      chunk += '    </edge>\n';
    }
    await sink.write(chunk);
  }
  await sink.write('  </graph>\n</graphml>\n');
}
