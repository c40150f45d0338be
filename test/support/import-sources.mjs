/**
 * Imports TypeScript sources into a Node test: Node cannot import `.ts`, so esbuild bundles the
 * given export statements (paths relative to the project root) with the build's constants.
 * Everything they import is in the one bundle, Lit and `@lit-labs/ssr` included: a test that
 * renders on the server imports the renderer through it too, so that one copy of Lit defines
 * the elements and renders them.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { buildConstants } from '../../scripts/build-constants.mjs';
import { domPurifyModule, litModule, rewriteHostDocumentReads } from '../../scripts/vite-plugin-document-calls.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Vite's `?raw` imports (a file's text as the default export), which the stories use. */
const rawImports = {
  name: 'raw-imports',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, ({ path, resolveDir }) => ({
      path: resolve(resolveDir, path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, async ({ path }) => ({
      contents: await readFile(path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Packages replaced by the given source text: `stubs` maps a package's import name to it. */
const stubbedPackages = (stubs) => ({
  name: 'stubbed-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      Object.hasOwn(stubs, path) ? { path, namespace: 'stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, ({ path }) => ({ contents: stubs[path], loader: 'js' }));
  },
});

/** Lit's document calls and DOMPurify's default instance as the CDN build has them (scripts/vite-plugin-document-calls.mjs). */
const rewrittenDocumentCalls = {
  name: 'document-calls',
  setup(build) {
    for (const filter of [litModule, domPurifyModule])
      build.onLoad({ filter }, async ({ path }) => ({
        contents: rewriteHostDocumentReads(await readFile(path, 'utf8'), path),
        loader: 'js',
      }));
  },
};

/**
 * One ES module of the given statements and all they import, as text: for Node (`platform`
 * `node`, the default) or for a page (`browser`), with `stubs` as in `stubbedPackages`; with
 * `documentCalls`, Lit's calls of the document's methods go through its prototype and DOMPurify
 * makes no default instance from the page's document, as in the CDN build.
 */
export async function bundleSources(statements, { platform = 'node', stubs = {}, documentCalls = false } = {}) {
  const bundled = await build({
    stdin: { contents: statements.join('\n'), resolveDir: projectRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    define: buildConstants,
    plugins: [rawImports, stubbedPackages(stubs), ...(documentCalls ? [rewrittenDocumentCalls] : [])],
    write: false,
    logLevel: 'error',
  });
  return bundled.outputFiles[0].text;
}

export async function importSources(...exportStatements) {
  return importBundle(await bundleSources(exportStatements));
}

/** Imports a module given as text. */
export function importBundle(code) {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
