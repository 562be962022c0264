/** The small file and process utilities: lock, credentials, log tail, port probe, pid checks. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, GraphError } from '../../../src/errors.js';
import { waitForNeo4j } from '../../../src/neo4j/connection.js';
import { readCredentials, writeCredentials, generatePassword } from '../../../src/neo4j/credentials.js';
import { withLock } from '../../../src/neo4j/lock.js';
import { lastLines, tailLines } from '../../../src/neo4j/logs.js';
import { isPortFree } from '../../../src/neo4j/ports.js';
import { isAlive, isServerProcess, readPidFile, spawnDetached } from '../../../src/neo4j/process.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withLock', () => {
  it('runs holders one at a time', async () => {
    const lock = join(dir, 'serial.lock');
    const events: string[] = [];
    const hold = (name: string) =>
      withLock(lock, async () => {
        events.push(`${name}:in`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`${name}:out`);
      });
    await Promise.all([hold('a'), hold('b')]);
    expect(events).toEqual(['a:in', 'a:out', 'b:in', 'b:out']);
  });

  it('takes over a lock whose owner has died', async () => {
    const lock = join(dir, 'stale.lock');
    const dead = await deadPid();
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(dead));
    await expect(withLock(lock, async () => 'mine', { timeoutMs: 2_000 })).resolves.toBe('mine');
  });

  it('times out on a live owner, naming the lock and its owner', async () => {
    const lock = join(dir, 'held.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    const waiting = withLock(lock, async () => 'never', { timeoutMs: 300 });
    await expect(waiting).rejects.toBeInstanceOf(ConfigError);
    await expect(waiting).rejects.toThrow(`waiting for the lock ${lock} (held by pid ${process.pid})`);
    rmSync(lock, { recursive: true });
  });
});

describe('credentials', () => {
  it('are written readable by their owner only, and read back', () => {
    const file = join(dir, 'profile', 'credentials.json');
    const credentials = { user: 'neo4j', password: generatePassword() };
    writeCredentials(file, credentials);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readCredentials(file)).toEqual(credentials);
  });

  it('generated passwords are long, distinct and safe on a command line', () => {
    const a = generatePassword();
    expect(generatePassword()).not.toBe(a);
    // A leading "-" would be read as an option by neo4j-admin.
    for (let i = 0; i < 500; i++) expect(generatePassword()).toMatch(/^[0-9a-f]{48}$/);
  });

  it('a missing file is undefined; a malformed one a ConfigError', () => {
    expect(readCredentials(join(dir, 'absent.json'))).toBeUndefined();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"user": 1}');
    expect(() => readCredentials(bad)).toThrow(ConfigError);
  });
});

describe('log tail', () => {
  it('keeps the last lines and the final newline', () => {
    expect(lastLines('a\nb\nc\n', 2)).toBe('b\nc\n');
    expect(lastLines('a\nb\nc', 5)).toBe('a\nb\nc');
    expect(lastLines('a\nb\n', 0)).toBe('');
  });

  it('reads only the end of a large file, and nothing from a missing one', () => {
    const file = join(dir, 'big.log');
    writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join('\n') + '\n');
    expect(tailLines(file, 2, 64)).toBe('line 9998\nline 9999\n');
    expect(tailLines(join(dir, 'none.log'), 5)).toBe('');
  });
});

describe('isPortFree', () => {
  it('is false while something listens, true once it is gone', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    expect(await isPortFree(address.port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await isPortFree(address.port)).toBe(true);
  });
});

describe('process checks', () => {
  it('a live process that is not a Neo4j server on that home is not ours', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isServerProcess(process.pid, dir)).toBe(false);
  });

  it('an exited process is not alive', async () => {
    expect(isAlive(await deadPid())).toBe(false);
  });
});

/** The pid of a process that has exited and been reaped. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(child.pid!));
  });
}

describe('waiting for a server', () => {
  it('gives up at once when the server process exits, pointing at its log', async () => {
    const port = await freePortNumber();
    const pidFile = join(dir, 'exits.pid');
    const server = spawnDetached(process.execPath, ['-e', 'process.exit(3)'], { cwd: dir, consoleLog: join(dir, 'exits.log'), pidFile });
    expect(readPidFile(pidFile)).toBe(server.pid);
    const conn = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j' };
    const waiting = waitForNeo4j(conn, { timeoutMs: 60_000, exited: server.exited, hint: '; see the log' });
    await expect(waiting).rejects.toBeInstanceOf(GraphError);
    await expect(waiting).rejects.toThrow('Neo4j exited during start-up (exit code 3); see the log');
  });

  it('times out on a port nobody answers, saying where and how long it waited', async () => {
    const conn = { uri: `bolt://127.0.0.1:${await freePortNumber()}`, user: 'neo4j', password: 'x', database: 'neo4j' };
    await expect(waitForNeo4j(conn, { timeoutMs: 1_000 })).rejects.toThrow(`Neo4j did not answer on ${conn.uri} within 1 s`);
  });
});

async function freePortNumber(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}
