import { defineConfig, type Plugin } from 'vite';
import { buildConstants } from './scripts/build-constants.mjs';
import { documentCalls } from './scripts/vite-plugin-document-calls.mjs';
import { minifyCssLiterals } from './scripts/vite-plugin-minify-css-literals.mjs';
import { labelChunks } from './scripts/vite-plugin-label-chunks.mjs';
import { minifyHtmlLiterals } from './scripts/vite-plugin-minify-html-literals.mjs';
import { shortenPrivateMembers } from './scripts/vite-plugin-shorten-private-members.mjs';

const lazyCopy = '?lazy-copy';
/**
 * The modules loaded on demand whose own imports of shared helpers get copies of their own: the
 * parsers, the source loader and feeds, and the chunks that read the document through
 * src/shared/host-document.ts (the sanitiser, the skip and the structured data).
 */
const lazyRoots =
  /[\\/]src[\\/](data[\\/]parse|shared[\\/]source-loader|data[\\/]feeds[\\/][^\\/]+|data[\\/]html-sanitizer|skip-link[\\/]skip|news-article[\\/]structured-data)\.ts$/;
/**
 * Modules the CDN file and its chunks share, never copied: state (the blocks' registry, the Trusted
 * Types policy), and the text of markup without a parser, which the entry needs and the parser's
 * chunk would otherwise copy.
 */
const sharedState = /[\\/]src[\\/]data[\\/](registry|trusted-types|markup-text)\.ts$/;
/**
 * Stateless helpers a few bytes long, copied into each module that imports them rather than once
 * for all chunks: a shared copy would be a file of its own, one more request before a chunk runs.
 */
const copiedPerImporter = /[\\/]src[\\/]shared[\\/]host-document\.ts$/;

/**
 * A chunk loaded on demand gets its own copy of the data helpers it shares with the entry
 * (`Problems`, `checkUrl`, `parseIsoDate`…): without this, Rolldown moves them into a third file
 * that the entry imports, and `news-elements.js` would no longer work on its own.
 */
function lazyChunksCopySharedHelpers(): Plugin {
  return {
    name: 'lazy-chunks-copy-shared-helpers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const importerPath = importer.replace(/\?.*$/, '');
      if (!importer.endsWith(lazyCopy) && !lazyRoots.test(importerPath)) return null;
      const resolved = await this.resolve(source, importerPath, { ...options, skipSelf: true });
      if (
        !resolved ||
        resolved.external ||
        lazyRoots.test(resolved.id) ||
        sharedState.test(resolved.id) ||
        !/[\\/]src[\\/]/.test(resolved.id)
      )
        return resolved;
      if (copiedPerImporter.test(resolved.id))
        return { ...resolved, id: `${resolved.id}?for=${importerPath.replace(/^.*[\\/]/, '')}${lazyCopy}` };
      return { ...resolved, id: resolved.id + lazyCopy };
    },
  };
}

/**
 * In the CDN file the parsers are a file of their own, `news-elements-parse-*.js`, loaded by the
 * first element given data: `src/shared/parsers-on-demand.ts` stands in for `parsers.ts`. A page
 * of slotted content never loads them; the npm build and servers have them in the module graph.
 */
function parsersOnDemand(): Plugin {
  return {
    name: 'parsers-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('/parsers.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Only src/shared/parsers.ts: another module of that name is left as it is.
      return resolved && !resolved.external
        ? { ...resolved, id: resolved.id.replace(/([\\/]src[\\/]shared[\\/])parsers\.ts$/, '$1parsers-on-demand.ts') }
        : resolved;
    },
  };
}

/**
 * `dist/cdn/`: the folder to copy or serve for a `<script type="module">` page. `news-elements.js`
 * is one minified module (Lit inside) that defines all six elements; DOMPurify, with our
 * allow-list, is the `news-elements-html-sanitizer-*.js` chunk beside it, fetched only by pages
 * with `html` fields; the v1.1 blocks (heading, table, embed, divider, note) with the embed providers
 * are the `news-elements-blocks-*.js` chunk, fetched only for articles that have one; the styles of
 * a slotted article body are the `news-elements-body-content-*.js` chunk, fetched only by an element
 * with one; the typography of scripts without italic or case is the `news-elements-scripts-*.js`
 * chunk, fetched only for an element in such a language. Without a chunk, what it would show stays
 * text (a body keeps the page's styles) and a `news-error` says so; without the typography, the
 * Latin one, silently.
 */
export default defineConfig({
  plugins: [
    parsersOnDemand(),
    lazyChunksCopySharedHelpers(),
    documentCalls(),
    minifyCssLiterals({ shortenPrivateProperties: true, withoutCssTag: true }),
    minifyHtmlLiterals(),
    labelChunks(),
    shortenPrivateMembers(),
  ],
  define: buildConstants,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // After Rolldown's own minification, a terser pass takes another 0.12 kB gzip off.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
    lib: {
      entry: 'src/news-elements.ts',
      formats: ['es'],
      fileName: () => 'news-elements.js',
    },
    rolldownOptions: {
      // The blocks chunk imports Lit and the parser helpers from news-elements.js itself: without
      // this, Rolldown moves every module both use into a third, shared chunk.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, comments: false, chunkFileNames: 'news-elements-[name]-[hash].js' },
    },
  },
});
