/**
 * Local Neo4j profiles: a name, two ports and a home folder. Two are built in: `default` for the
 * user's graph and `test` for the test suite, on other ports with its own data, so tests never touch
 * a user's data. Callers may build other profiles (tests do, with a temporary home).
 */
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { cacheRoot } from './paths.js';

export interface LocalProfile {
  name: string;
  boltPort: number;
  httpPort: number;
  /** The server's home: conf/, data/, logs/, pid and credentials files. */
  home: string;
}

export const BUILTIN_PROFILES = {
  default: { boltPort: 7687, httpPort: 7474 },
  test: { boltPort: 17687, httpPort: 17474 },
} as const satisfies Record<string, Pick<LocalProfile, 'boltPort' | 'httpPort'>>;

export type BuiltinProfileName = keyof typeof BUILTIN_PROFILES;

export function isBuiltinProfile(name: string): name is BuiltinProfileName {
  return Object.hasOwn(BUILTIN_PROFILES, name);
}

/** A built-in profile by name, its home under the cache root. */
export function localProfile(name: string = 'default', env: NodeJS.ProcessEnv = process.env): LocalProfile {
  if (!isBuiltinProfile(name)) {
    throw new ConfigError(`unknown Neo4j profile "${name}": expected one of ${Object.keys(BUILTIN_PROFILES).join(', ')}`);
  }
  return { name, ...BUILTIN_PROFILES[name], home: join(cacheRoot(env), 'profiles', name) };
}
