/**
 * Fetches the Neo4j server jars once, with Maven, into the cache root (outside the work tree):
 * `<root>/neo4j-<version>/lib/*.jar`. Maven keeps its own copy in `~/.m2`, so a re-install is offline.
 *
 * Safe when several processes start at once (tests, a user's `neo4j start`): one fetches under a lock
 * into a private folder and renames it into place; the others wait and find it installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ConfigError } from '../errors.js';
import { withLock } from './lock.js';
import { cacheRoot, installDir } from './paths.js';
import { requireMaven } from './tools.js';

/** 5.26 LTS: the last Neo4j line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.29';
export const NEO4J_BROWSER_VERSION = '5.24.0';

/** The Maven project listing the jars; `tools/neo4j/pom.xml` (shipped with the npm package). */
export const POM_FILE = fileURLToPath(new URL('../../tools/neo4j/pom.xml', import.meta.url));

export type Log = (message: string) => void;

export interface Neo4jInstall {
  version: string;
  dir: string;
  /** Every jar of the server, Browser included: the java classpath is `<libDir>/*`. */
  libDir: string;
}

/** Where a completed install records what it holds; written last, so its presence means "complete". */
const MARKER = 'installed.json';

export function findInstall(env: NodeJS.ProcessEnv = process.env): Neo4jInstall | undefined {
  const install = describeInstall(installDir(cacheRoot(env), NEO4J_VERSION));
  return existsSync(join(install.dir, MARKER)) ? install : undefined;
}

/** Returns the install, fetching it first when absent (about 130 MB, ~1 min on a cold Maven cache). */
export async function installNeo4j(log: Log, env: NodeJS.ProcessEnv = process.env): Promise<Neo4jInstall> {
  const ready = findInstall(env);
  if (ready) return ready;
  const mvn = requireMaven(env);
  const target = describeInstall(installDir(cacheRoot(env), NEO4J_VERSION));
  return withLock(
    `${target.dir}.lock`,
    async () => {
      const raced = findInstall(env);
      if (raced) return raced;
      removeAbandonedPartials(target.dir);
      const partial = `${target.dir}.partial-${process.pid}`;
      log(`Fetching Neo4j ${NEO4J_VERSION} and Neo4j Browser ${NEO4J_BROWSER_VERSION} with Maven into ${target.dir} (first time only, ~130 MB)…`);
      const started = Date.now();
      await fetchJars(mvn, join(partial, 'lib'));
      const jars = readdirSync(join(partial, 'lib')).filter((name) => name.endsWith('.jar'));
      if (!jars.includes(`neo4j-${NEO4J_VERSION}.jar`)) {
        throw new ConfigError(`Maven finished but ${join(partial, 'lib')} holds no neo4j-${NEO4J_VERSION}.jar; check ${POM_FILE}`);
      }
      writeFileSync(join(partial, MARKER), `${JSON.stringify({ version: NEO4J_VERSION, browser: NEO4J_BROWSER_VERSION, jars: jars.length, installedAt: new Date().toISOString() }, null, 2)}\n`);
      renameSync(partial, target.dir);
      log(`Fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
      return target;
    },
    { onWait: (pid) => log(`Another process (pid ${pid ?? '?'}) is fetching Neo4j; waiting for it…`) },
  );
}

function describeInstall(dir: string): Neo4jInstall {
  return { version: NEO4J_VERSION, dir, libDir: join(dir, 'lib') };
}

async function fetchJars(mvn: string, outputDir: string): Promise<void> {
  const args = [
    '-B', '-q', '-f', POM_FILE,
    `-Dneo4j.version=${NEO4J_VERSION}`,
    `-Dneo4j.browser.version=${NEO4J_BROWSER_VERSION}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  try {
    await promisify(execFile)(mvn, args, { maxBuffer: 64 * 1024 * 1024, timeout: 20 * 60_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new ConfigError(`Maven could not fetch Neo4j ${NEO4J_VERSION} (needs Maven Central or a filled ~/.m2):\n${output}`, { cause: error });
  }
}

/** Folders left by fetches that died half-way (we hold the lock, so none is in progress). */
function removeAbandonedPartials(dir: string): void {
  const prefix = `${basename(dir)}.partial-`;
  for (const name of readdirSync(dirname(dir))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
}
