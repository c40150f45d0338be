import { defineConfig, type Plugin } from 'vite';
import { buildConstants } from './scripts/build-constants.mjs';
import { documentCalls } from './scripts/vite-plugin-document-calls.mjs';

/**
 * `dist/cdn/news-elements-hydrate-support.js`: Lit's hydrate support for server-rendered pages, a
 * module of its own that a page loads before `news-elements.js` (and a bundler app imports as
 * `news-elements/hydrate-support` before the elements). The lit-html it hydrates and renders with
 * is inside, with its document calls and the hydrate support's rewritten like the CDN file's, so
 * that it imports nothing (no import map) and a host's markup cannot break it. A build of its own:
 * as a second entry of the CDN build, the lit-html both use would become a third file.
 */
/**
 * The module's declaration beside it: it exports nothing. (tsc would write its import of
 * `@lit-labs/ssr-client`, a package that is inside the file, not one an app has.)
 */
function declaration(): Plugin {
  return {
    name: 'hydrate-support-declaration',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'news-elements-hydrate-support.d.ts',
        source: "// Lit's hydrate support: import it for its effect, before the elements are defined.\nexport {};\n",
      });
    },
  };
}

export default defineConfig({
  plugins: [documentCalls(), declaration()],
  define: buildConstants,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
    lib: {
      entry: 'src/hydrate-support.ts',
      formats: ['es'],
      fileName: () => 'news-elements-hydrate-support.js',
    },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
});
