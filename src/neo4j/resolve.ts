/**
 * The one way every command gets its Neo4j: `NEO4J_URI` when set (Docker, AuraDB, a server of your
 * own), else the local server of a profile, started on demand when the caller asks for it.
 */
import { ConfigError } from '../errors.js';
import { connectionFromEnv, type Neo4jConnection } from './connection.js';
import type { Log } from './install.js';
import { isLocalNeo4jRunning, localConnection, startLocalNeo4j } from './local.js';
import { localProfile, type LocalProfile } from './profiles.js';

export interface ResolveOptions {
  /** Start the local server when it is not running (default: false, and say how to start it). */
  start?: boolean;
  /** A built-in profile name or a profile; default `default`. */
  profile?: string | LocalProfile;
  log?: Log;
  env?: NodeJS.ProcessEnv;
}

export async function resolveConnection(options: ResolveOptions = {}): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const fromEnv = connectionFromEnv(env);
  if (fromEnv) return fromEnv;
  const profile = typeof options.profile === 'object' ? options.profile : localProfile(options.profile ?? 'default', env);
  if (options.start) return startLocalNeo4j(profile, options.log ?? (() => {}), { env });
  if (!isLocalNeo4jRunning(profile)) {
    throw new ConfigError(
      `no Neo4j to connect to: NEO4J_URI is not set and the local Neo4j (profile "${profile.name}") is not running. ` +
        `Start it with \`newsgraph neo4j start${profile.name === 'default' ? '' : ` --profile ${profile.name}`}\`, or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD).`,
    );
  }
  return localConnection(profile);
}
