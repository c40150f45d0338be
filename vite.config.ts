import { defineConfig } from 'vite';
import { buildConstants } from './scripts/build-constants.mjs';
import { minifyCssLiterals } from './scripts/vite-plugin-minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/vite-plugin-minify-html-literals.mjs';

/** The npm build: one ES module per source file; Lit, DOMPurify and React left to the consumer's bundler. */
export default defineConfig({
  plugins: [minifyCssLiterals({ shortenPrivateProperties: true, withoutCssTag: true }), minifyHtmlLiterals()],
  define: buildConstants,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        feeds: 'src/feeds.ts',
        'define/index': 'src/define/index.ts',
        'define/news-article': 'src/define/news-article.ts',
        'define/article-section': 'src/define/article-section.ts',
        'define/bullet-list': 'src/define/bullet-list.ts',
        'define/author-card': 'src/define/author-card.ts',
        'define/latest-news': 'src/define/latest-news.ts',
        'define/skip-link': 'src/define/skip-link.ts',
        'react/index': 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^dompurify($|\/)/, /^react($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
