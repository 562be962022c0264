/**
 * Optional configuration file. Precedence: command-line flags > environment > config file.
 * The file fills only environment variables that are not set, so everything downstream reads
 * one place (the environment) and flags override both.
 *
 * Looked up in order: `$NEWSGRAPH_CONFIG`, `./newsgraph.config.json`, `$XDG_CONFIG_HOME/newsgraph/config.json`
 * (else `~/.config/newsgraph/config.json`). Example:
 *   { "neo4j": { "uri": "neo4j+s://xxxx.databases.neo4j.io", "user": "neo4j", "password": "…", "database": "neo4j" },
 *     "token": "api-token" }
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';

interface ConfigFile {
  neo4j?: { uri?: string; user?: string; password?: string; database?: string };
  token?: string;
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NEWSGRAPH_CONFIG) return resolve(env.NEWSGRAPH_CONFIG);
  const candidates = [resolve('newsgraph.config.json'), join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'newsgraph', 'config.json')];
  return candidates.find((p) => existsSync(p));
}

/** Apply the config file to `env` where the environment does not already say. Returns the file used. */
export function applyConfigFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = configPath(env);
  if (!path) return undefined;
  let config: ConfigFile;
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
  } catch (error) {
    throw new ConfigError(`${path}: not a readable JSON config file (${(error as Error).message})`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ConfigError(`${path}: expected a JSON object`);
  const fill = (name: string, value: unknown) => {
    if (value === undefined) return;
    if (typeof value !== 'string') throw new ConfigError(`${path}: ${name} must be a string, found ${JSON.stringify(value)}`);
    if (env[name] === undefined) env[name] = value;
  };
  fill('NEO4J_URI', config.neo4j?.uri);
  fill('NEO4J_USER', config.neo4j?.user);
  fill('NEO4J_PASSWORD', config.neo4j?.password);
  fill('NEO4J_DATABASE', config.neo4j?.database);
  fill('NEWSGRAPH_TOKEN', config.token);
  return path;
}
