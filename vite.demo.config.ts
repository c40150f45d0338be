import { defineConfig } from 'vite';

/** Serves the demo host pages, which load only the built `dist/news-elements.js`. */
export default defineConfig({
  server: { open: '/demo/', host: true },
  preview: { open: '/demo/' },
});
