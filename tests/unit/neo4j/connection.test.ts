import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { connectionFromEnv, resolveConnection } from '../../../src/neo4j/index.js';

describe('connectionFromEnv', () => {
  it('is undefined without NEO4J_URI', () => {
    expect(connectionFromEnv({})).toBeUndefined();
    expect(connectionFromEnv({ NEO4J_URI: '  ' })).toBeUndefined();
  });

  it('defaults the user and database to neo4j', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' })).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
      origin: 'NEO4J_URI',
    });
  });

  it('takes NEO4J_USER and NEO4J_DATABASE when given', () => {
    const conn = connectionFromEnv({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'reader', NEO4J_DATABASE: 'news' });
    expect(conn).toMatchObject({ user: 'reader', database: 'news', password: '' });
  });

  it('rejects a URI that is not Bolt, saying what it found', () => {
    expect(() => connectionFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => connectionFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow('found "http://localhost:7474"');
  });
});

describe('resolveConnection', () => {
  const homes: string[] = [];
  afterEach(() => {
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it('prefers NEO4J_URI and starts nothing', async () => {
    const conn = await resolveConnection({ start: true, env: { NEO4J_URI: 'bolt://elsewhere:7687', NEO4J_PASSWORD: 'x' } });
    expect(conn.uri).toBe('bolt://elsewhere:7687');
  });

  it('without NEO4J_URI and no local server running, says how to get one', async () => {
    const home = mkdtempSync(join(tmpdir(), 'newsgraph-home-'));
    homes.push(home);
    const resolving = resolveConnection({ env: { NEWSGRAPH_HOME: home } });
    await expect(resolving).rejects.toBeInstanceOf(ConfigError);
    await expect(resolving).rejects.toThrow('Start it with `newsgraph neo4j start`, or set NEO4J_URI');
  });
});
