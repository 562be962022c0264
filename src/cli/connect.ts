/** How commands get a Graph: NEO4J_URI, else the local Neo4j (started when the command may start it). */
import { Graph } from '../graph/db.js';
import { resolveConnection, type Neo4jConnection } from '../neo4j/index.js';

export const stderrLog = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

export async function connect(options: { start?: boolean } = {}): Promise<{ graph: Graph; connection: Neo4jConnection }> {
  const connection = await resolveConnection({ start: options.start ?? true, log: stderrLog });
  const graph = Graph.connect(connection);
  await graph.verify();
  return { graph, connection };
}

/** Run `work` with a connected graph and always close it. */
export async function withGraph<T>(work: (graph: Graph, connection: Neo4jConnection) => Promise<T>, options: { start?: boolean } = {}): Promise<T> {
  const { graph, connection } = await connect(options);
  try {
    return await work(graph, connection);
  } finally {
    await graph.close();
  }
}
