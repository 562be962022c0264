/**
 * Where the local Neo4j lives on disk. Everything is under one cache root outside the work tree:
 *
 *   <root>/neo4j-<version>/lib/*.jar        the server, shared by all profiles (src/neo4j/install.ts)
 *   <root>/profiles/<name>/                  one folder per profile: conf, data, logs, pid, credentials
 *
 * The root is `$NEWSGRAPH_HOME`, else `$XDG_CACHE_HOME/newsgraph`, else `~/.cache/newsgraph`.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSGRAPH_HOME) return env.NEWSGRAPH_HOME;
  const xdg = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'newsgraph');
}

/** The folder holding one Neo4j version's jars (`lib/`) and its `installed.json` marker. */
export function installDir(root: string, version: string): string {
  return join(root, `neo4j-${version}`);
}

/** The files of one profile home; the server itself is started with `--home-dir=<home>`. */
export interface ProfileFiles {
  home: string;
  confDir: string;
  confFile: string;
  pidFile: string;
  /** `{user, password}`, mode 0600, written before the first start. */
  credentialsFile: string;
  /** The server's own log (Neo4j writes `<home>/logs/neo4j.log`). */
  logFile: string;
  /** The JVM's stdout/stderr: empty unless the JVM itself fails (bad flag, crash before logging starts). */
  consoleLog: string;
  /** Serialises start/stop of this profile between processes. */
  lockDir: string;
  /** Present once the server has created its system database, i.e. after the first start. */
  systemDatabaseDir: string;
}

export function profileFiles(home: string): ProfileFiles {
  return {
    home,
    confDir: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    pidFile: join(home, 'neo4j.pid'),
    credentialsFile: join(home, 'credentials.json'),
    logFile: join(home, 'logs', 'neo4j.log'),
    consoleLog: join(home, 'logs', 'console.log'),
    lockDir: join(home, 'start.lock'),
    systemDatabaseDir: join(home, 'data', 'databases', 'system'),
  };
}
