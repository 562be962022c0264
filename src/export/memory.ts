/** An export source over an in-memory graph (tests, or callers that already hold the data). */
import { declarationsOf } from './attributes.js';
import type { ExportNode, ExportRelationship, ExportSource } from './model.js';

export function memorySource(nodes: ExportNode[], relationships: ExportRelationship[], batchSize = 2): ExportSource {
  async function* pages<T>(items: T[]): AsyncGenerator<T[]> {
    for (let i = 0; i < items.length; i += batchSize) yield items.slice(i, i + batchSize);
  }
  return {
    declarations: async () => declarationsOf(nodes, relationships),
    nodes: () => pages(nodes),
    relationships: () => pages(relationships),
  };
}
