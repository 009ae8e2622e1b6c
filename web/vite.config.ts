// The viewer is built on its own (`vite build web`) into web/dist, which the API server
// serves at `/`. Relative asset URLs let it work behind any path prefix; nothing is loaded
// from a CDN, so it works offline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape alone is ~400 kB minified; one chunk is fine for an app served locally.
    chunkSizeWarningLimit: 1200,
    sourcemap: true,
  },
  server: {
    // `vite web` during development: the API runs on its own port.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
