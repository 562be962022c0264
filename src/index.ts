/**
 * newsgraph's public surface, grouped by pipeline stage:
 *
 *   read ──> analyse ──> resolve ──> write ──> query
 *
 * Import from here (`import { analyse } from 'newsgraph'`), never from deep paths.
 */

// Data handed between stages.
export type * from './ingest/types.js';
export { NewsgraphError, InputError, ConfigError, GraphError, ExtractionError } from './errors.js';

// read: inputs → Article
export { readInputs, readText, articleId, type ReadResult, type ReadOptions, type Format } from './ingest/read/index.js';

// analyse: Article → AnalysedArticle (pure)
export { analyse, pipeline } from './ingest/analyse/index.js';
export { AnalysisPool } from './ingest/analyse/pool.js';
export { toAnalyzeJson, formatAnalysis } from './ingest/print.js';

// resolve: global ids for entities and events
export { createResolver, type Resolver, type KnownEntity } from './ingest/resolve/index.js';
export { matchEvents, sameEvent, type KnownEvent } from './ingest/resolve/events.js';
export { nameKey, surnameKey, normalizeName } from './ingest/resolve/names.js';

// write: patches and transactions
export { Graph, type Row } from './graph/db.js';
export { GraphWriter, type BatchSummary } from './graph/write.js';
export { buildPatch, type GraphPatch } from './graph/patch.js';
export { ensureSchema, deleteEverything } from './graph/schema.js';
export { mergeEntities, undoMerge, listMerges, type MergeRecord } from './graph/merge.js';
export { ingestStream, IngestService, type IngestSummary, type StreamOptions } from './pipeline.js';

// query: GraphQL
export { createApi, serve, buildSchema } from './api/server.js';
export { exampleQueries, headlineQuery } from './api/examples.js';

// Neo4j: the local server, or NEO4J_URI
export { resolveConnection, startLocalNeo4j, stopLocalNeo4j, localNeo4jStatus, localProfile, type Neo4jConnection } from './neo4j/index.js';
