/** `newsgraph serve` and `newsgraph start` (the main job: Neo4j + samples + GraphQL). */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { GraphWriter } from '../../graph/write.js';
import { serve } from '../../api/server.js';
import { readInputs } from '../../ingest/read/index.js';
import { ingestStream } from '../../pipeline.js';
import { connect } from '../connect.js';
import { formatSummary } from './ingest.js';

export const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));

interface ServeOptions {
  port: number;
  host: string;
  token?: string;
}

async function serveUntilStopped(options: ServeOptions & { ingestSamples?: boolean }): Promise<void> {
  const { graph, connection } = await connect({ start: true });
  if (options.ingestSamples) {
    process.stderr.write(`Ingesting the sample articles in ${samplesDir}\n`);
    const summary = await ingestStream(new GraphWriter(graph), readInputs([samplesDir]));
    process.stdout.write(`${formatSummary(summary)}\n`);
  } else await new GraphWriter(graph).init();
  graph.queryTimeoutMs = 15_000;
  const { server, url } = await serve(graph, { port: options.port, host: options.host, token: options.token ?? process.env.NEWSGRAPH_TOKEN });
  process.stdout.write(
    [
      '',
      `GraphQL + GraphiQL:  ${url}`,
      `Neo4j Browser:       ${connection.browserUrl ?? '(not served by this Neo4j; use your own client)'}`,
      `Neo4j Bolt:          ${connection.uri}  (user ${connection.user}${connection.origin === 'NEO4J_URI' ? '' : `, password ${connection.password}`})`,
      'Press Ctrl-C to stop the GraphQL server (Neo4j keeps running: `newsgraph neo4j stop`).',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await graph.close();
}

const port = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!(n >= 0 && n < 65536)) throw new Error(`--port must be a TCP port, got ${v}`);
  return n;
};

/** The options `start` and `serve` share. */
const withServerOptions = (command: Command): Command =>
  command
    .option('--port <n>', 'GraphQL port', port, 4000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token required by the API (needed beyond loopback; or NEWSGRAPH_TOKEN)');

export function register(program: Command): void {
  withServerOptions(program.command('start'))
    .description('The main job: start Neo4j if needed, ingest the sample articles, serve GraphQL + GraphiQL')
    .addHelpText('after', '\nExample:\n  $ npm start        # same as: newsgraph start\n')
    .action((options: ServeOptions) => serveUntilStopped({ ...options, ingestSamples: true }));

  withServerOptions(program.command('serve'))
    .description('Serve the graph over GraphQL, with GraphiQL at /graphql')
    .addHelpText('after', '\nExamples:\n  $ newsgraph serve\n  $ newsgraph serve --port 8080 --host 0.0.0.0 --token "$(openssl rand -hex 16)"\n')
    .action((options: ServeOptions) => serveUntilStopped(options));
}
