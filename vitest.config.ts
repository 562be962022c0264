import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for everyone (it has no "exports" map); make vite do the
    // same, so our GraphQLErrors and graphql-yoga's are one class, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts a dedicated test Neo4j (other ports, own data folder) unless NEO4J_URI is set.
    globalSetup: ['tests/setup/neo4j.ts'],
    // Integration tests share one database; run files one at a time so they never see each other's data.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
