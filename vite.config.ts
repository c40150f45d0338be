import { defineConfig } from 'vite';

/** The npm build: one ES module per source file, Lit and DOMPurify left to the consumer's bundler. */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'define/index': 'src/define/index.ts',
        'define/news-article': 'src/define/news-article.ts',
        'define/article-section': 'src/define/article-section.ts',
        'define/bullet-list': 'src/define/bullet-list.ts',
        'define/author-card': 'src/define/author-card.ts',
        'define/latest-news': 'src/define/latest-news.ts',
        'define/skip-link': 'src/define/skip-link.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^dompurify($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
