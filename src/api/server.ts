/**
 * The GraphQL server: schema.graphql + resolvers on graphql-yoga, with GraphiQL,
 * limits that keep it alive (depth, cost, aliases, tokens, per-request timeout,
 * page size), errors without internals, and a bearer token when it listens beyond loopback.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Graph } from '../graph/db.js';
import { IngestService } from '../pipeline.js';
import { exampleQueries, headlineQuery } from './examples.js';
import { createLoaders } from './loaders.js';
import { resolvers, type ApiContext } from './resolvers.js';
import { NewsgraphError } from '../errors.js';

export const schemaPath = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readFileSync(schemaPath, 'utf8'), resolvers });
}

export interface ApiOptions {
  /** Required in `Authorization: Bearer …` when set (always set it when listening beyond loopback). */
  token?: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

/** Fails a request that runs longer than `ms` (its Cypher is also bounded by the graph's query timeout). */
function timeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new GraphQLError(`request took longer than ${ms} ms`, { extensions: { code: 'TIMEOUT' } })), ms);
        });
        return Promise.race([Promise.resolve(executeFn(args)), timeout]).finally(() => clearTimeout(timer)) as ReturnType<typeof executeFn>;
      });
    },
  };
}

export function createApi(graph: Graph, options: ApiOptions = {}) {
  const schema = buildSchema();
  const ingest = new IngestService(graph);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return createYoga<Record<string, never>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: {
      title: 'newsgraph',
      defaultQuery: headlineQuery,
      // One tab per example question (headline first).
      defaultTabs: Object.values(exampleQueries).map((query) => ({ query })),
      defaultEditorToolsVisibility: true,
    },
    context: ({ request }) => {
      if (options.token && request.headers.get('authorization') !== `Bearer ${options.token}`)
        throw new GraphQLError('missing or wrong bearer token', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      return { graph, loaders: createLoaders(graph), ingest };
    },
    maskedErrors: {
      // Our own errors say what was wrong; anything else is masked (no internals leak).
      maskError(error, message, isDev) {
        const original = (error as GraphQLError).originalError;
        if (original instanceof NewsgraphError && !(original.name === 'GraphError'))
          return new GraphQLError(original.message, { extensions: { code: original.name } });
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 10 },
        costLimit: { maxCost: 20_000 },
        maxAliases: { n: 20 },
        maxTokens: { n: 2_000 },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: true },
      }),
      // Each distinct query document is compiled once into plain JS (graphql-jit); the timeout,
      // added after it, wraps the compiled executor.
      useGraphQlJit(),
      timeoutPlugin(timeoutMs),
    ],
  });
}

export { exampleQueries };

/** Start the HTTP server; resolves once it listens. */
export async function serve(graph: Graph, options: ApiOptions & { port?: number; host?: string } = {}): Promise<{ server: Server; url: string }> {
  const host = options.host ?? '127.0.0.1';
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!loopback && !options.token)
    throw new NewsgraphError(`refusing to listen on ${host} without a token: set NEWSGRAPH_TOKEN or pass --token (loopback needs none)`);
  const yoga = createApi(graph, options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host === '127.0.0.1' ? 'localhost' : host;
  return { server, url: `http://${shown}:${port}/graphql` };
}
