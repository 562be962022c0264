/**
 * The four writers on a small in-memory graph: every node, relationship and property comes back
 * when the output is parsed, text survives escaping, attributes are declared with their types,
 * and the XML formats are valid against the official GraphML and GEXF schemas.
 */
import { describe, expect, it } from 'vitest';
import { exportXml as xml } from '../../helpers/xml.js';
import { memorySink, memorySource, writeCsv, writeGexf, writeGraphml, writeJsonl, nmtoken } from '../../../src/export/index.js';
import { parseCsv } from './csv-parse.js';
import { hostile, nodes, relationships } from './graph.js';
import { xsdErrors } from './xsd.js';


/** What XML 1.0 can carry of the hostile text: the NUL and the lone surrogate become U+FFFD. */
const hostileInXml = hostile.replace('\u0000', '\uFFFD').replace('\uD800', '\uFFFD');

async function render(write: (sink: ReturnType<typeof memorySink>) => Promise<void>): Promise<string> {
  const sink = memorySink();
  await write(sink);
  return sink.text();
}

describe('GraphML', () => {
  it('is valid against the GraphML XSD', async () => {
    const text = await render((s) => writeGraphml(memorySource(nodes, relationships), s));
    expect(await xsdErrors(text, 'graphml')).toEqual([]);
  });

  it('declares one typed key per property and keeps every value', async () => {
    const doc = xml.parse(await render((s) => writeGraphml(memorySource(nodes, relationships), s)));
    const keys = doc.graphml.key as Record<string, string>[];
    const key = (domain: string, name: string) => keys.find((k) => k.for === domain && k['attr.name'] === name);
    expect(key('node', 'perSide')).toMatchObject({ 'attr.type': 'long' });
    expect(key('node', 'latitude')).toMatchObject({ 'attr.type': 'double' });
    expect(key('node', 'conflictingFigures')).toMatchObject({ 'attr.type': 'boolean' });
    expect(key('node', 'aliases')).toMatchObject({ 'attr.type': 'string' }); // lists as JSON
    expect(key('edge', 'confidence')).toMatchObject({ 'attr.type': 'double' }); // 1, 0.75, 0.5
    expect(key('edge', 'evidence')).toMatchObject({ 'attr.type': 'string' });

    const graph = doc.graphml.graph[0] ?? doc.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    const byKey = (el: { data: { key: string; '#text'?: string }[] }) => Object.fromEntries(el.data.map((d) => [keys.find((k) => k.id === d.key)!['attr.name'], d['#text'] ?? '']));
    const gNodes = graph.node as { id: string; data: { key: string; '#text'?: string }[] }[];
    expect(gNodes.map((n) => byKey(n).id)).toEqual(nodes.map((n) => n.id));
    const sentence = byKey(gNodes[1]!);
    expect(sentence.text).toBe(hostileInXml);
    expect(sentence.labels).toBe('Sentence');
    expect(byKey(gNodes[5]!).labels).toBe('Event;PrisonerExchange');
    expect(JSON.parse(byKey(gNodes[3]!).aliases!)).toEqual(['Doe', 'J. Doe, "JD"']);

    const gEdges = graph.edge as { source: string; target: string; data: { key: string; '#text'?: string }[] }[];
    expect(gEdges).toHaveLength(relationships.length);
    const involved = gEdges.find((e) => byKey(e).type === 'INVOLVED')!;
    expect(involved.target).toBe(nmtoken('person:jane doe'));
    expect(JSON.parse(byKey(involved).evidence!)).toEqual(['a_1:s0', 'a_1:s1']);
  });

  it('rejects what it must: the schema catches an undeclared data key (the validator can fail)', async () => {
    const text = await render((s) => writeGraphml(memorySource(nodes, relationships), s));
    const broken = text.replace('<data key="labels">Article</data>', '<data key="labels">Article</data><bogus/>');
    expect(await xsdErrors(broken, 'graphml')).not.toEqual([]);
  });
});

describe('GEXF', () => {
  const date = '2026-03-07';

  it('1.2draft is valid against the GEXF 1.2draft XSD', async () => {
    const text = await render((s) => writeGexf(memorySource(nodes, relationships), s, { version: '1.2draft', date }));
    expect(await xsdErrors(text, 'gexf-1.2draft')).toEqual([]);
  });

  it('1.3 differs from 1.2draft only in namespace and version (structure check: no 1.3 XSD is shipped)', async () => {
    const v13 = await render((s) => writeGexf(memorySource(nodes, relationships), s, { version: '1.3', date }));
    const v12 = await render((s) => writeGexf(memorySource(nodes, relationships), s, { version: '1.2draft', date }));
    expect(v13).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(v13).toContain('version="1.3"');
    const as12 = v13.replaceAll('http://gexf.net/1.3', 'http://www.gexf.net/1.2draft').replace('version="1.3"', 'version="1.2"');
    expect(as12).toBe(v12);
  });

  it('declares typed attributes per class and writes every node, edge and value', async () => {
    const doc = xml.parse(await render((s) => writeGexf(memorySource(nodes, relationships), s, { date })));
    const graph = doc.gexf.graph;
    expect(graph.defaultedgetype).toBe('directed');
    const [nodeAttrs, edgeAttrs] = graph.attributes as { class: string; attribute: { id: string; title: string; type: string }[] }[];
    expect(nodeAttrs!.class).toBe('node');
    expect(nodeAttrs!.attribute.find((a) => a.title === 'perSide')!.type).toBe('long');
    expect(nodeAttrs!.attribute.find((a) => a.title === 'confidence')!.type).toBe('double');
    expect(edgeAttrs!.attribute.find((a) => a.title === 'evidence')!.type).toBe('string');
    // NetworkX's read_gexf cannot take an edge attribute titled `key` (its own add_edge argument).
    expect(edgeAttrs!.attribute.find((a) => a.id === 'e.key')!.title).toBe('relationshipKey');

    type Valued = { attvalues: { attvalue: { for: string; value: string }[] } };
    const values = (el: Valued, attrs: { id: string; title: string }[]) =>
      Object.fromEntries(el.attvalues.attvalue.map((v) => [attrs.find((a) => a.id === v.for)!.title, v.value]));
    const gNodes = graph.nodes.node as ({ id: string; label: string } & Valued)[];
    expect(gNodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id)); // GEXF ids are strings: kept as they are
    expect(gNodes[3]!.label).toBe('Jane Doe');
    expect(values(gNodes[1]!, nodeAttrs!.attribute).text).toBe(hostileInXml);
    const gEdges = graph.edges.edge as { id: string; source: string; target: string; label: string }[];
    expect(gEdges.map((e) => e.id)).toEqual(relationships.map((r) => r.id));
    expect(new Set(gEdges.map((e) => e.id)).size).toBe(gEdges.length);
    expect(gEdges.find((e) => e.label === 'INVOLVED')!.target).toBe('person:jane doe');
  });
});

describe('CSV', () => {
  async function csv() {
    const n = memorySink();
    const r = memorySink();
    await writeCsv(memorySource(nodes, relationships), { nodes: n, relationships: r });
    return { nodes: parseCsv(n.text()), relationships: parseCsv(r.text()) };
  }

  it('writes neo4j-admin import headers with typed columns', async () => {
    const { nodes: n, relationships: r } = await csv();
    expect(n[0]!.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(n[0]).toEqual(expect.arrayContaining(['perSide:long', 'latitude:double', 'conflictingFigures:boolean', 'aliases', 'text']));
    expect(n[0]).not.toContain('id'); // the :ID column is the id property
    expect(r[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(r[0]).toEqual(expect.arrayContaining(['confidence:double', 'evidence', 'role', 'key']));
  });

  it('round-trips every row and every awkward value', async () => {
    const { nodes: n, relationships: r } = await csv();
    expect(n).toHaveLength(nodes.length + 1);
    expect(r).toHaveLength(relationships.length + 1);
    const header = n[0]!;
    const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, n.find((x) => x[0] === id)![i]]));
    expect(row('a_1:s0').text).toBe(hostileInXml);
    expect(row('event:PRISONER_EXCHANGE:abc')[':LABEL']).toBe('Event;PrisonerExchange');
    expect(JSON.parse(row('person:jane doe').aliases!)).toEqual(['Doe', 'J. Doe, "JD"']);
    expect(row('person:jane doe')['perSide:long']).toBe(''); // absent property: empty cell
    const rh = r[0]!;
    const involved = r.find((x) => x[2] === 'INVOLVED')!;
    expect(JSON.parse(involved[rh.indexOf('evidence')]!)).toEqual(['a_1:s0', 'a_1:s1']);
  });
});

describe('JSON Lines', () => {
  it('writes one object per node then per relationship, lists kept as lists', async () => {
    const lines = (await render((s) => writeJsonl(memorySource(nodes, relationships), s))).trimEnd().split('\n');
    expect(lines).toHaveLength(nodes.length + relationships.length);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.slice(0, nodes.length).map((o) => o.type)).toEqual(nodes.map(() => 'node'));
    expect(parsed[1]).toEqual({ type: 'node', id: 'a_1:s0', labels: ['Sentence'], properties: expect.objectContaining({ text: hostile }) });
    expect(parsed.at(-2)).toEqual({
      type: 'relationship',
      id: relationships.at(-2)!.id,
      label: 'INVOLVED',
      start: 'event:PRISONER_EXCHANGE:abc',
      end: 'person:jane doe',
      properties: { role: 'side', key: 'side', evidence: ['a_1:s0', 'a_1:s1'], confidence: 0.75 },
    });
  });
});
