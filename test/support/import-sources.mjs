/**
 * Imports TypeScript sources into a Node test: Node cannot import `.ts`, so esbuild bundles the
 * given export statements (paths relative to the project root) with the build's constants.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { buildConstants } from '../../scripts/build-constants.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

export async function importSources(...exportStatements) {
  const bundled = await build({
    stdin: { contents: exportStatements.join('\n'), resolveDir: projectRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    define: buildConstants,
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}
