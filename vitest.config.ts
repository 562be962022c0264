import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts a dedicated test Neo4j (other ports, own data folder) unless NEO4J_URI is set.
    globalSetup: ['tests/setup/neo4j.ts'],
    // Integration tests share one database; run files one at a time so they never see each other's data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
