/**
 * The server process: start it detached, recognise it by its pid file, stop it.
 * The JVM's own stdout/stderr go to a console log in the profile home; Neo4j writes its log itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_MAIN_CLASS } from './config.js';

/** True when a process with this pid exists and has not exited (a zombie waiting to be reaped has). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/** Linux only: state `Z` in /proc/<pid>/stat. Elsewhere assume not. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

export function readPidFile(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `pid` is a live Neo4j server started on `home`. On Linux the command line is checked, so a
 * pid reused by another program after a reboot is not mistaken for ours (nor is a zombie); elsewhere
 * a live pid is trusted.
 */
export function isServerProcess(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux';
  }
  const args = cmdline.split('\0');
  return args.includes(SERVER_MAIN_CLASS) && args.includes(`--home-dir=${home}`);
}

export interface SpawnedServer {
  pid: number;
  /** Resolves with the exit code (or signal) if the server exits while this process is still alive. */
  exited: Promise<string>;
}

/** Starts `java args…` in its own session, outliving this process; writes the pid file. */
export function spawnDetached(command: string, args: string[], options: { cwd: string; consoleLog: string; pidFile: string; env?: NodeJS.ProcessEnv }): SpawnedServer {
  mkdirSync(dirname(options.consoleLog), { recursive: true });
  const out = openSync(options.consoleLog, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', out, out] });
  } finally {
    closeSync(out);
  }
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
    child.once('error', (error) => resolve(error.message));
  });
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  writeFileSync(options.pidFile, `${child.pid}\n`);
  return { pid: child.pid, exited };
}

/**
 * SIGTERM, then wait for the process to end (Neo4j checkpoints and closes its stores); SIGKILL only
 * after `graceMs`, since a killed server must recover its transaction logs on the next start.
 * Returns how it ended.
 */
export async function terminate(pid: number, graceMs = 60_000): Promise<'terminated' | 'killed' | 'not running'> {
  if (!signal(pid, 'SIGTERM')) return 'not running';
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'terminated';
    await sleep(100);
  }
  signal(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  return 'killed';
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

export function removePidFile(pidFile: string): void {
  rmSync(pidFile, { force: true });
}
