import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Two copies of `graphql` (ESM .mjs and CJS .js) under vitest break `instanceof` checks
    // inside graphql-js ("Cannot use GraphQLSchema from another module"). Pin one entry.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Integration files share one test Neo4j server (see tests/global-setup.ts);
    // running them one file at a time keeps their data apart.
    fileParallelism: false,
    globalSetup: ['tests/global-setup.ts'],
  },
});
