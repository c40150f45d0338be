import { defineConfig } from 'vite';

/** `dist/news-elements.js`: one minified, self-contained module (Lit inside) that defines all six elements. */
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
      output: { minify: true },
    },
  },
});
