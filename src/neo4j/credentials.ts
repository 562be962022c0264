/**
 * The local server's login: user `neo4j` and a random password generated before its first start,
 * kept in `<home>/credentials.json` (mode 0600) so every newsgraph command (and `neo4j status`) finds it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../errors.js';

export interface Credentials {
  user: string;
  password: string;
}

export const LOCAL_USER = 'neo4j';

export function readCredentials(file: string): Credentials | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as Partial<Credentials>;
  if (typeof parsed.user !== 'string' || typeof parsed.password !== 'string') {
    throw new ConfigError(`${file} should hold {"user", "password"} strings; delete the profile folder to start afresh`);
  }
  return { user: parsed.user, password: parsed.password };
}

/**
 * 24 random bytes as 48 hex digits: nothing to quote on a command line, and never a leading
 * "-" (base64url gave one in 1 of 64 passwords, which `neo4j-admin dbms set-initial-password`
 * took for an option: the first start of a fresh profile failed).
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

/** Writes the file readable by its owner only, atomically (a reader never sees half of it). */
export function writeCredentials(file: string, credentials: Credentials): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}
