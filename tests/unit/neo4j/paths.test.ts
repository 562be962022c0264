import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { cacheRoot, installDir, profileFiles } from '../../../src/neo4j/paths.js';
import { localProfile } from '../../../src/neo4j/profiles.js';

describe('cacheRoot', () => {
  it('is NEWSGRAPH_HOME when set', () => {
    expect(cacheRoot({ NEWSGRAPH_HOME: '/srv/ng', XDG_CACHE_HOME: '/xdg' })).toBe('/srv/ng');
  });
  it('else lives under XDG_CACHE_HOME', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/newsgraph');
  });
  it('else under ~/.cache', () => {
    expect(cacheRoot({})).toBe(join(homedir(), '.cache', 'newsgraph'));
  });
});

describe('profiles', () => {
  const env = { NEWSGRAPH_HOME: '/srv/ng' };

  it('default uses the standard Neo4j ports', () => {
    expect(localProfile('default', env)).toEqual({ name: 'default', boltPort: 7687, httpPort: 7474, home: '/srv/ng/profiles/default' });
  });

  it('test has its own ports and its own data folder', () => {
    const test = localProfile('test', env);
    const standard = localProfile('default', env);
    expect(test.boltPort).not.toBe(standard.boltPort);
    expect(test.httpPort).not.toBe(standard.httpPort);
    expect(test.home).not.toBe(standard.home);
  });

  it('an unknown name is a ConfigError listing the known ones', () => {
    expect(() => localProfile('prod', env)).toThrow(ConfigError);
    expect(() => localProfile('prod', env)).toThrow('unknown Neo4j profile "prod": expected one of default, test');
  });

  it('the files of a profile live in its home', () => {
    const files = profileFiles('/srv/ng/profiles/default');
    for (const path of Object.values(files)) expect(path.startsWith('/srv/ng/profiles/default')).toBe(true);
    expect(files.logFile).toBe('/srv/ng/profiles/default/logs/neo4j.log');
  });

  it('installs are per version, shared by the profiles', () => {
    expect(installDir('/srv/ng', '5.26.29')).toBe('/srv/ng/neo4j-5.26.29');
  });
});
