/**
 * A lock between processes: a directory created with `mkdir` (atomic), holding the owner's pid.
 * A lock whose owner has died is taken over, so a killed `newsgraph` never blocks the next one.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '../errors.js';
import { isAlive } from './process.js';

export interface LockOptions {
  /** How long to wait for another process to release it. */
  timeoutMs?: number;
  /** Called once when the lock is found taken, e.g. to tell the user why we wait. */
  onWait?: (ownerPid: number | undefined) => void;
}

export async function withLock<T>(lockDir: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  await acquire(lockDir, options);
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function acquire(lockDir: string, { timeoutMs = 10 * 60_000, onWait }: LockOptions): Promise<void> {
  mkdirSync(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    if (tryCreate(lockDir)) return;
    const owner = lockOwner(lockDir);
    if (owner === undefined ? ageMs(lockDir) > ORPHAN_MS : !isAlive(owner)) {
      // The owner died without releasing it: take it over.
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ConfigError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockDir} (held by pid ${owner ?? 'unknown'}); remove it if no newsgraph process is running`);
    }
    if (!told) onWait?.(owner);
    told = true;
    await sleep(250);
  }
}

/** A lock without a pid this old lost its owner between `mkdir` and writing the pid. */
const ORPHAN_MS = 10_000;

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function tryCreate(lockDir: string): boolean {
  try {
    mkdirSync(lockDir, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(join(lockDir, 'pid'), String(process.pid));
  return true;
}

/** The pid recorded in the lock; undefined while the owner is between mkdir and writing it. */
function lockOwner(lockDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
