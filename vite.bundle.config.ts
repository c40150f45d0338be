import { defineConfig } from 'vite';

/**
 * `dist/news-elements.js`: one minified, self-contained module (Lit inside) that defines all six
 * elements. DOMPurify is a chunk beside it, fetched only by pages with `html` fields.
 */
export default defineConfig({
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
