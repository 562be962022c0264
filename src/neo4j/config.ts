/**
 * What the server is started with: its `neo4j.conf` and the java command line. Pure, so the choices
 * are visible and testable in one place. The conf file is rewritten at every start.
 */
import { join } from 'node:path';
import type { LocalProfile } from './profiles.js';

export const LOOPBACK = '127.0.0.1';

/** Heap and page cache sized for a laptop or a 2-core CI machine; the graph of a news corpus is small. */
export const MEMORY = { heapInitial: '512m', heapMax: '1g', pageCache: '512m' } as const;

export function renderNeo4jConf(profile: LocalProfile): string {
  const settings: Array<[string, string, string?]> = [
    ['server.default_listen_address', LOOPBACK, 'Only this machine can connect.'],
    ['server.default_advertised_address', LOOPBACK],
    ['server.bolt.listen_address', `${LOOPBACK}:${profile.boltPort}`],
    ['server.bolt.advertised_address', `${LOOPBACK}:${profile.boltPort}`, 'What the Browser is told to connect to.'],
    ['server.http.listen_address', `${LOOPBACK}:${profile.httpPort}`],
    ['server.http.advertised_address', `${LOOPBACK}:${profile.httpPort}`],
    ['server.https.enabled', 'false'],
    ['server.memory.pagecache.size', MEMORY.pageCache, 'Without it the page cache takes half the RAM. Heap: on the java command line.'],
    ['db.tx_log.rotation.size', '64m'],
    [
      'db.tx_log.rotation.retention_policy',
      '256M size',
      'Transaction logs kept beyond what recovery needs. The default, 2 days, kept 47 GB after a day of benchmark builds and wipes and filled the disk.',
    ],
    ['dbms.security.auth_enabled', 'true', 'User neo4j, password generated on first start (credentials.json).'],
    ['dbms.usage_report.enabled', 'false'],
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0', 'Default 5 s, twice: stop would take 11 s instead of <1 s.'],
  ];
  const lines = [
    `# Written by newsgraph for the local profile "${profile.name}" at every start (src/neo4j/config.ts); edits here are lost.`,
  ];
  for (const [key, value, why] of settings) {
    if (why) lines.push(`# ${why}`);
    lines.push(`${key}=${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The server's entry point, also how its process is recognised (src/neo4j/process.ts). */
export const SERVER_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** JVM flags Neo4j's own launcher passes; netty and the page cache need these modules opened. */
const JVM_FLAGS = [
  `-Xms${MEMORY.heapInitial}`,
  `-Xmx${MEMORY.heapMax}`,
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

/** Arguments to `java` that run the server of `libDir` on the profile home. */
export function serverArgs(libDir: string, profile: LocalProfile): string[] {
  return [
    ...JVM_FLAGS,
    '-cp', join(libDir, '*'),
    SERVER_MAIN_CLASS,
    `--home-dir=${profile.home}`,
    `--config-dir=${join(profile.home, 'conf')}`,
  ];
}

/**
 * Arguments to `java` that set the `neo4j` user's password before the first start
 * (`neo4j-admin dbms set-initial-password`, run from the server's own jars; it reads
 * NEO4J_HOME and NEO4J_CONF from the environment).
 */
export function setInitialPasswordArgs(libDir: string, password: string): string[] {
  return ['-cp', join(libDir, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password];
}
