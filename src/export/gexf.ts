/**
 * GEXF (https://gexf.net/), Gephi's format: a static directed graph with typed <attributes>
 * declared per class (node / edge) before the nodes and edges. GEXF 1.3 by default; 1.2draft on
 * request, for older tools (the elements used here are the same in both, only the namespace and
 * version differ). Lists are JSON strings (GEXF's `liststring` cannot hold items with `|`).
 */
import { valueText } from './attributes.js';
import { captionOf, type AttributeDeclaration, type ExportSource, type TextSink } from './model.js';
import { escapeAttr } from './xml.js';

export const gexfVersions = {
  '1.3': { namespace: 'http://gexf.net/1.3', schema: 'http://gexf.net/1.3/gexf.xsd', version: '1.3' },
  '1.2draft': { namespace: 'http://www.gexf.net/1.2draft', schema: 'http://www.gexf.net/1.2draft/gexf.xsd', version: '1.2' },
} as const;
export type GexfVersion = keyof typeof gexfVersions;

export interface GexfOptions {
  version?: GexfVersion;
  /** `lastmodifieddate` of <meta> (YYYY-MM-DD); today when not given. */
  date?: string;
}

const gexfType = (d: AttributeDeclaration): string => (d.type === 'list' ? 'string' : d.type);

/** Attribute ids: `labels` / `type` for the structural attributes, `n.<name>` / `e.<name>` for properties. */
const nodeAttr = (name: string): string => `n.${name}`;
const edgeAttr = (name: string): string => `e.${name}`;

/**
 * Titles readers cannot take as they are: NetworkX's read_gexf passes edge attributes to
 * `add_edge(…, key=edge id, **attributes)`, so a relationship property named `key` breaks it.
 */
const renamedTitles: Record<'node' | 'edge', Record<string, string>> = { node: {}, edge: { key: 'relationshipKey' } };

function attributesBlock(cls: 'node' | 'edge', structural: string, declared: AttributeDeclaration[], idOf: (name: string) => string): string {
  let out = `    <attributes class="${cls}" mode="static">\n      <attribute id="${structural}" title="${structural}" type="string"/>\n`;
  for (const d of declared) {
    const title = renamedTitles[cls][d.name] ?? d.name;
    out += `      <attribute id="${escapeAttr(idOf(d.name))}" title="${escapeAttr(title)}" type="${gexfType(d)}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

function attvalues(structural: [string, string], properties: Record<string, unknown>, declared: AttributeDeclaration[], idOf: (name: string) => string): string {
  let out = `        <attvalues>\n          <attvalue for="${structural[0]}" value="${escapeAttr(structural[1])}"/>\n`;
  for (const d of declared) {
    const text = valueText(properties[d.name], d.type);
    if (text !== null) out += `          <attvalue for="${escapeAttr(idOf(d.name))}" value="${escapeAttr(text)}"/>\n`;
  }
  return `${out}        </attvalues>\n`;
}

export async function writeGexf(source: ExportSource, sink: TextSink, options: GexfOptions = {}): Promise<void> {
  const v = gexfVersions[options.version ?? '1.3'];
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const declarations = await source.declarations();
  let head = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${v.namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${v.namespace} ${v.schema}" version="${v.version}">
  <meta lastmodifieddate="${date}">
    <creator>newsgraph</creator>
    <description>News knowledge graph: articles, sentences, people, places, organizations, sources and events, with evidence</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
`;
  head += attributesBlock('node', 'labels', declarations.node, nodeAttr);
  head += attributesBlock('edge', 'type', declarations.relationship, edgeAttr);
  head += '    <nodes>\n';
  await sink.write(head);

  for await (const batch of source.nodes()) {
    let chunk = '';
    for (const n of batch) {
      chunk += `      <node id="${escapeAttr(n.id)}" label="${escapeAttr(captionOf(n))}">\n`;
      chunk += attvalues(['labels', n.labels.join(';')], n.properties, declarations.node, nodeAttr);
      chunk += '      </node>\n';
    }
    await sink.write(chunk);
  }
  await sink.write('    </nodes>\n    <edges>\n');
  for await (const batch of source.relationships()) {
    let chunk = '';
    for (const r of batch) {
      chunk += `      <edge id="${escapeAttr(r.id)}" source="${escapeAttr(r.source)}" target="${escapeAttr(r.target)}" label="${escapeAttr(r.type)}">\n`;
      chunk += attvalues(['type', r.type], r.properties, declarations.relationship, edgeAttr);
      chunk += '      </edge>\n';
    }
    await sink.write(chunk);
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
}
