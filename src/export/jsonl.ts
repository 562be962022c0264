/**
 * JSON Lines: one object per line, nodes first, in the shape of APOC's JSON export:
 *   {"type":"node","id":…,"labels":[…],"properties":{…}}
 *   {"type":"relationship","id":…,"label":"REPORTS","start":…,"end":…,"properties":{…}}
 * Lists stay lists; nothing needs declaring, so this format streams without a declarations pass.
 */
import type { ExportSource, TextSink } from './model.js';

export async function writeJsonl(source: ExportSource, sink: TextSink): Promise<void> {
  for await (const batch of source.nodes()) {
    await sink.write(batch.map((n) => `${JSON.stringify({ type: 'node', id: n.id, labels: n.labels, properties: n.properties })}\n`).join(''));
  }
  for await (const batch of source.relationships()) {
    await sink.write(
      batch.map((r) => `${JSON.stringify({ type: 'relationship', id: r.id, label: r.type, start: r.source, end: r.target, properties: r.properties })}\n`).join(''),
    );
  }
}
