import { existsSync, readdirSync, rmSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { buildConstants } from './scripts/build-constants.mjs';
import { minifyCssLiterals } from './scripts/vite-plugin-minify-css-literals.mjs';

/** dist/ is shared with the npm build, so it is not emptied: chunks of earlier builds are removed here. */
const removeOldChunks: Plugin = {
  name: 'remove-old-chunks',
  apply: 'build',
  buildStart() {
    if (!existsSync('dist')) return;
    for (const entry of readdirSync('dist', { withFileTypes: true })) {
      if (entry.isFile() && /^news-elements-.+\.js(\.map)?$/.test(entry.name)) rmSync(`dist/${entry.name}`);
    }
  },
};

/**
 * `dist/news-elements.js`: one minified, self-contained module (Lit inside) that defines all six
 * elements. DOMPurify, with our allow-list, is a chunk beside it, fetched only by pages with `html`
 * fields.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), removeOldChunks],
  define: buildConstants,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/news-elements.ts',
      formats: ['es'],
      fileName: () => 'news-elements.js',
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'news-elements-[name]-[hash].js' },
    },
  },
});
