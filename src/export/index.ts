/**
 * `newsgraph export`: the whole graph or a filtered subgraph, as GraphML, GEXF, CSV or JSON Lines.
 *
 *   exportGraph(graph, { format: 'graphml', filter: { types: ['TALKS'] }, out: 'talks.graphml' })
 *
 * Flow: filter → scope (ids in scope, or the whole graph) → source (declarations + batches read
 * from Neo4j) → one writer per format → sink (stdout, a file, or a folder for CSV).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { ConfigError } from '../errors.js';
import type { Graph } from '../graph/db.js';
import { writeCsv } from './csv.js';
import { eventWhere, type ExportFilter } from './filter.js';
import { writeGexf, type GexfVersion } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJsonl } from './jsonl.js';
import type { ExportFormat, ExportSource, TextSink } from './model.js';
import { graphSource, resolveScope } from './read.js';
import { fileSink, streamSink } from './sink.js';

export { writeCsv, csvField, columnHeader } from './csv.js';
export { writeGexf, gexfVersions, type GexfVersion, type GexfOptions } from './gexf.js';
export { writeGraphml } from './graphml.js';
export { writeJsonl } from './jsonl.js';
export { memorySource } from './memory.js';
export { graphSource, resolveScope, type Scope } from './read.js';
export { scopeQuery, eventWhere, eventTypeOf, dateBound, exportLabels, type ExportFilter } from './filter.js';
export { escapeAttr, escapeText, nmtoken, xmlSafe } from './xml.js';
export { typeOfCypher, typeOfValue, valueText, declarationsOf } from './attributes.js';
export { memorySink, streamSink, fileSink } from './sink.js';
export * from './model.js';

export interface ExportOptions {
  format: ExportFormat;
  filter?: ExportFilter;
  /** A file (a folder for CSV); standard output when absent (not for CSV). */
  out?: string;
  batchSize?: number;
  gexfVersion?: GexfVersion;
  /** Where output goes when `out` is absent (tests pass their own). */
  stdout?: NodeJS.WritableStream;
}

export interface ExportSummary {
  format: ExportFormat;
  /** Nodes and relationships written. */
  nodes: number;
  relationships: number;
  /** Files written (empty for standard output). */
  files: string[];
}

/** Counts what passes through a source, so the summary needs no extra query. */
function counting(source: ExportSource, counts: { nodes: number; relationships: number }): ExportSource {
  return {
    declarations: () => source.declarations(),
    async *nodes() {
      for await (const batch of source.nodes()) {
        counts.nodes += batch.length;
        yield batch;
      }
    },
    async *relationships() {
      for await (const batch of source.relationships()) {
        counts.relationships += batch.length;
        yield batch;
      }
    },
  };
}

/** Writes `source` in `format` to one sink (every format but CSV). */
async function writeOne(format: Exclude<ExportFormat, 'csv'>, source: ExportSource, sink: TextSink, options: ExportOptions): Promise<void> {
  if (format === 'graphml') return writeGraphml(source, sink);
  if (format === 'gexf') return writeGexf(source, sink, { version: options.gexfVersion });
  return writeJsonl(source, sink);
}

/** Checks options before any connection is made (ConfigError naming the flag): CSV needs a folder, types and dates must parse. */
export function checkExportOptions(options: ExportOptions): void {
  if (options.format === 'csv' && !options.out) throw new ConfigError('--format csv writes two files (nodes.csv, relationships.csv): give the folder with --out');
  eventWhere(options.filter ?? {});
}

export async function exportGraph(graph: Graph, options: ExportOptions): Promise<ExportSummary> {
  checkExportOptions(options);
  const scope = await resolveScope(graph, options.filter ?? {});
  const counts = { nodes: 0, relationships: 0 };
  const source = counting(graphSource(graph, scope, { batchSize: options.batchSize }), counts);
  const files: string[] = [];
  if (options.format === 'csv') {
    await mkdir(options.out!, { recursive: true });
    const nodes = fileSink(join(options.out!, 'nodes.csv'));
    const relationships = fileSink(join(options.out!, 'relationships.csv'));
    try {
      await writeCsv(source, { nodes: nodes.sink, relationships: relationships.sink });
    } finally {
      await Promise.allSettled([nodes.close(), relationships.close()]);
    }
    files.push(join(options.out!, 'nodes.csv'), join(options.out!, 'relationships.csv'));
  } else if (options.out) {
    const file = fileSink(options.out);
    try {
      await writeOne(options.format, source, file.sink, options);
    } finally {
      await file.close().catch(() => undefined);
    }
    files.push(options.out);
  } else {
    await writeOne(options.format, source, streamSink((options.stdout ?? process.stdout) as Writable), options);
  }
  return { format: options.format, ...counts, files };
}
