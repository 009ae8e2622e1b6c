/**
 * Builds GraphiQL into dist/graphiql (served at /graphiql/ by src/api/server.ts):
 *   vite build --config src/api/graphiql/vite.config.ts
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/graphiql/',
  // Third-party "use client" directive notices would bury real problems.
  logLevel: 'error',
  build: {
    outDir: path.resolve(here, '../../../dist/graphiql'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
