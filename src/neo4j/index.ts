/**
 * The local Neo4j manager: a real Neo4j 5.26 Community server fetched from Maven Central and run
 * from the user's cache folder, without Docker; and the one function every command uses to get a
 * connection (`resolveConnection`), which prefers `NEO4J_URI` when it is set.
 */
export { connectionFromEnv, openDriver, waitForNeo4j, type Neo4jConnection } from './connection.js';
export { resolveConnection, type ResolveOptions } from './resolve.js';
export {
  browserUrl,
  boltUri,
  isLocalNeo4jRunning,
  localConnection,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4j,
  type LocalStatus,
  type StartOptions,
} from './local.js';
export { BUILTIN_PROFILES, localProfile, type LocalProfile } from './profiles.js';
export { findInstall, installNeo4j, NEO4J_BROWSER_VERSION, NEO4J_VERSION, type Log, type Neo4jInstall } from './install.js';
export { cacheRoot, profileFiles, type ProfileFiles } from './paths.js';
export { tailLines } from './logs.js';
