/**
 * The local Neo4j of a profile: start (installing on first use), stop, status.
 *
 * One server per profile home, recognised by its pid file. Start and stop of a profile are serialised
 * between processes by a lock, so a test run and a user's `newsgraph neo4j start` never launch two
 * servers on one store.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { ConfigError, GraphError } from '../errors.js';
import { renderNeo4jConf, serverArgs, setInitialPasswordArgs, LOOPBACK } from './config.js';
import type { Neo4jConnection } from './connection.js';
import { waitForNeo4j } from './connection.js';
import { generatePassword, LOCAL_USER, readCredentials, writeCredentials, type Credentials } from './credentials.js';
import { installNeo4j, type Log, type Neo4jInstall } from './install.js';
import { withLock } from './lock.js';
import { profileFiles, type ProfileFiles } from './paths.js';
import { isPortFree } from './ports.js';
import { isServerProcess, readPidFile, removePidFile, spawnDetached, terminate } from './process.js';
import type { LocalProfile } from './profiles.js';
import { requireJava } from './tools.js';

export interface StartOptions {
  /** How long to wait for Bolt to answer; a first start on 2 cores takes 10–30 s. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** The connection of a running local server, and whether this call launched it. */
export interface LocalNeo4j extends Neo4jConnection {
  pid: number;
  /** False when a server already running on the profile was reused. */
  started: boolean;
}

export interface LocalStatus {
  profile: string;
  running: boolean;
  /** Running and answering TCP on its Bolt port (false while it is starting). */
  listening: boolean;
  pid?: number;
  uri: string;
  user: string;
  /** Undefined before the first start (no password generated yet). */
  password?: string;
  browserUrl: string;
  home: string;
  logFile: string;
  boltPort: number;
  httpPort: number;
}

export function boltUri(profile: LocalProfile): string {
  return `bolt://${LOOPBACK}:${profile.boltPort}`;
}

export function browserUrl(profile: LocalProfile): string {
  return `http://${LOOPBACK}:${profile.httpPort}/browser/`;
}

/** Starts the profile's server, or reuses it when it is already running; resolves once Bolt answers. */
export async function startLocalNeo4j(profile: LocalProfile, log: Log, options: StartOptions = {}): Promise<LocalNeo4j> {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? 240_000;
  const files = profileFiles(profile.home);
  mkdirSync(profile.home, { recursive: true });
  return withLock(
    files.lockDir,
    async () => {
      const hint = `; see ${files.logFile} (and ${files.consoleLog})`;
      const running = runningPid(profile, files);
      if (running !== undefined) {
        const conn = connectionOf(profile, requireCredentials(files));
        log(`Neo4j (profile "${profile.name}") is already running, pid ${running}.`);
        await waitForNeo4j(conn, { timeoutMs, hint });
        return { ...conn, pid: running, started: false };
      }
      removePidFile(files.pidFile);
      await requireFreePorts(profile);
      const java = requireJava(env);
      const install = await installNeo4j(log, env);
      const credentials = await prepareHome(profile, files, { install, java, env }, log);
      const conn = connectionOf(profile, credentials);
      log(`Starting Neo4j ${install.version} (profile "${profile.name}") on ${conn.uri}…`);
      const began = Date.now();
      const server = spawnDetached(java, serverArgs(install.libDir, profile), {
        cwd: profile.home,
        consoleLog: files.consoleLog,
        pidFile: files.pidFile,
        env: serverEnv(env, files),
      });
      try {
        await waitForNeo4j(conn, { timeoutMs, exited: server.exited, hint });
      } catch (error) {
        // Do not leave a half-started server holding the store and the ports.
        await terminate(server.pid, 30_000);
        removePidFile(files.pidFile);
        throw error;
      }
      log(`Neo4j is ready after ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${server.pid}).`);
      return { ...conn, pid: server.pid, started: true };
    },
    { onWait: (pid) => log(`Another process (pid ${pid ?? '?'}) is starting or stopping this profile; waiting…`) },
  );
}

/** Stops the profile's server (SIGTERM, SIGKILL after a minute). Returns false if it was not running. */
export async function stopLocalNeo4j(profile: LocalProfile, log: Log = () => {}): Promise<boolean> {
  const files = profileFiles(profile.home);
  if (!existsSync(profile.home)) return false;
  return withLock(files.lockDir, async () => {
    const pid = runningPid(profile, files);
    if (pid !== undefined) {
      log(`Stopping Neo4j (profile "${profile.name}", pid ${pid})…`);
      const how = await terminate(pid);
      if (how === 'killed') log('Neo4j did not stop within a minute and was killed; its next start will recover the store.');
    }
    removePidFile(files.pidFile);
    return pid !== undefined;
  });
}

export async function localNeo4jStatus(profile: LocalProfile): Promise<LocalStatus> {
  const files = profileFiles(profile.home);
  const pid = runningPid(profile, files);
  const credentials = readCredentials(files.credentialsFile);
  return {
    profile: profile.name,
    running: pid !== undefined,
    listening: pid !== undefined && !(await isPortFree(profile.boltPort)),
    ...(pid !== undefined ? { pid } : {}),
    uri: boltUri(profile),
    user: credentials?.user ?? LOCAL_USER,
    ...(credentials ? { password: credentials.password } : {}),
    browserUrl: browserUrl(profile),
    home: profile.home,
    logFile: files.logFile,
    boltPort: profile.boltPort,
    httpPort: profile.httpPort,
  };
}

/** The connection of a profile whose server has been started at least once. */
export function localConnection(profile: LocalProfile): Neo4jConnection {
  return connectionOf(profile, requireCredentials(profileFiles(profile.home)));
}

export function isLocalNeo4jRunning(profile: LocalProfile): boolean {
  return runningPid(profile, profileFiles(profile.home)) !== undefined;
}

function connectionOf(profile: LocalProfile, credentials: Credentials): Neo4jConnection {
  return {
    uri: boltUri(profile),
    user: credentials.user,
    password: credentials.password,
    database: 'neo4j',
    browserUrl: browserUrl(profile),
    origin: `local profile "${profile.name}"`,
  };
}

function runningPid(profile: LocalProfile, files: ProfileFiles): number | undefined {
  const pid = readPidFile(files.pidFile);
  return pid !== undefined && isServerProcess(pid, profile.home) ? pid : undefined;
}

function requireCredentials(files: ProfileFiles): Credentials {
  const credentials = readCredentials(files.credentialsFile);
  if (!credentials) {
    throw new ConfigError(`${files.credentialsFile} is missing, so the password of this Neo4j is unknown; delete ${files.home} to start afresh (its data is lost)`);
  }
  return credentials;
}

async function requireFreePorts(profile: LocalProfile): Promise<void> {
  for (const [port, what] of [[profile.boltPort, 'Bolt'], [profile.httpPort, 'HTTP']] as const) {
    if (!(await isPortFree(port))) {
      throw new ConfigError(
        `port ${port} (${what}) of the local Neo4j profile "${profile.name}" is already in use by another program, not by the Neo4j newsgraph runs from ${profile.home}. ` +
          'Stop that program, or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use the server that is there.',
      );
    }
  }
}

/**
 * Writes neo4j.conf and, before the very first start, generates the password and sets it with the
 * server's admin tool (it only takes effect on a store that has never been started).
 */
async function prepareHome(
  profile: LocalProfile,
  files: ProfileFiles,
  { install, java, env }: { install: Neo4jInstall; java: string; env: NodeJS.ProcessEnv },
  log: Log,
): Promise<Credentials> {
  mkdirSync(files.confDir, { recursive: true });
  writeFileSync(files.confFile, renderNeo4jConf(profile));
  const firstStart = !existsSync(files.systemDatabaseDir);
  let credentials = readCredentials(files.credentialsFile);
  if (!firstStart) return credentials ?? requireCredentials(files);
  if (!credentials) {
    credentials = { user: LOCAL_USER, password: generatePassword() };
    writeCredentials(files.credentialsFile, credentials);
  }
  log(`First start of profile "${profile.name}": setting the password of user ${credentials.user} (kept in ${files.credentialsFile}).`);
  try {
    await promisify(execFile)(java, setInitialPasswordArgs(install.libDir, credentials.password), { env: serverEnv(env, files) });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new GraphError(`could not set the initial Neo4j password: ${`${stdout}\n${stderr}`.trim()}`, { cause: error });
  }
  return credentials;
}

/** NEO4J_HOME / NEO4J_CONF tell the admin tool (and the server) which home and conf to use. */
function serverEnv(env: NodeJS.ProcessEnv, files: ProfileFiles): NodeJS.ProcessEnv {
  return { ...env, NEO4J_HOME: files.home, NEO4J_CONF: files.confDir };
}
