import { describe, expect, it } from 'vitest';
import { renderNeo4jConf, serverArgs, setInitialPasswordArgs } from '../../../src/neo4j/config.js';
import type { LocalProfile } from '../../../src/neo4j/profiles.js';

const profile: LocalProfile = { name: 'demo', boltPort: 27687, httpPort: 27474, home: '/data/demo' };

function settings(conf: string): Map<string, string> {
  const pairs = conf
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('=', 2) as [string, string]);
  return new Map(pairs);
}

describe('renderNeo4jConf', () => {
  const conf = settings(renderNeo4jConf(profile));

  it('listens and advertises on loopback only, on the profile ports', () => {
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:27687');
    expect(conf.get('server.bolt.advertised_address')).toBe('127.0.0.1:27687');
    expect(conf.get('server.http.listen_address')).toBe('127.0.0.1:27474');
    expect(conf.get('server.https.enabled')).toBe('false');
  });

  it('bounds memory and log sizes, and turns auth on', () => {
    expect(conf.get('server.memory.pagecache.size')).toBe('512m');
    expect(conf.get('db.tx_log.rotation.size')).toBe('64m');
    // Neo4j's default keeps two days of transaction logs, whatever their size.
    expect(conf.get('db.tx_log.rotation.retention_policy')).toBe('256M size');
    expect(conf.get('dbms.security.auth_enabled')).toBe('true');
  });

  it('holds no setting twice', () => {
    const keys = renderNeo4jConf(profile)
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('serverArgs', () => {
  const args = serverArgs('/opt/neo4j/lib', profile);

  it('puts the heap on the command line (neo4j.conf heap settings are ignored on this route)', () => {
    expect(args).toContain('-Xms512m');
    expect(args).toContain('-Xmx1g');
  });

  it('runs the community entry point on the profile home with every jar on the classpath', () => {
    expect(args.slice(-5)).toEqual([
      '-cp',
      '/opt/neo4j/lib/*',
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/data/demo',
      '--config-dir=/data/demo/conf',
    ]);
  });
});

it('setInitialPasswordArgs calls the admin tool from the same jars', () => {
  expect(setInitialPasswordArgs('/opt/neo4j/lib', 'pw123456')).toEqual([
    '-cp',
    '/opt/neo4j/lib/*',
    'org.neo4j.cli.AdminTool',
    'dbms',
    'set-initial-password',
    'pw123456',
  ]);
});
