import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { parseJavaMajor, requireJava, requireMaven } from '../../../src/neo4j/tools.js';

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no version here')).toBeUndefined();
  });
});

describe('missing programs', () => {
  const empty = { PATH: '' };

  it('names java and the two ways around it', () => {
    expect(() => requireJava(empty)).toThrow(ConfigError);
    expect(() => requireJava(empty)).toThrow(/^java was not found .*docker compose up.*NEO4J_URI/);
  });

  it('names mvn and the two ways around it', () => {
    expect(() => requireMaven(empty)).toThrow(ConfigError);
    expect(() => requireMaven(empty)).toThrow(/^mvn \(Apache Maven\) was not found .*docker compose up.*NEO4J_URI/);
  });
});
