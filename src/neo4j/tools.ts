/**
 * The two programs the local Neo4j needs: `java` (17 or 21, to run it) and `mvn` (once, to fetch it).
 * When one is missing the error says which, and the two ways around it.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ConfigError } from '../errors.js';

const ALTERNATIVES =
  'Alternatively run Neo4j yourself (`docker compose up`) or point newsgraph at a server by setting NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD).';

/** First executable named `name` in `$PATH`, or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The major version in `java -version` output (`openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Path of a `java` able to run Neo4j 5.26 (`$JAVA_HOME/bin/java` first, then `$PATH`). */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const fromHome = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : undefined;
  const java = (fromHome && isExecutable(fromHome) ? fromHome : undefined) ?? findOnPath('java', env);
  if (!java) {
    throw new ConfigError(`java was not found (looked in $JAVA_HOME and $PATH); the local Neo4j 5.26 needs Java 17 or 21. ${ALTERNATIVES}`);
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const major = parseJavaMajor(`${probe.stderr ?? ''}${probe.stdout ?? ''}`);
  if (major !== undefined && major < 17) {
    throw new ConfigError(`${java} is Java ${major}; the local Neo4j 5.26 needs Java 17 or 21. ${ALTERNATIVES}`);
  }
  return java;
}

/** Path of `mvn`, needed only the first time, to fetch the Neo4j jars from Maven Central. */
export function requireMaven(env: NodeJS.ProcessEnv = process.env): string {
  const mvn = findOnPath('mvn', env);
  if (!mvn) {
    throw new ConfigError(`mvn (Apache Maven) was not found on $PATH; it is needed once, to fetch Neo4j 5.26 from Maven Central. ${ALTERNATIVES}`);
  }
  return mvn;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
