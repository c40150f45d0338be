/**
 * Writes the JSON Schema of the article data contract, `articleSchema` from
 * src/data/article-schema.ts, to dist/article.schema.json (exported as `news-elements/schema.json`).
 *
 * Run: `npm run build:schema` (a step of `npm run build`).
 *
 * Node cannot import TypeScript, so the module is bundled in memory with esbuild and imported
 * from a data: URL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildConstants } from './build-constants.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const source = join(projectRoot, 'src/data/article-schema.ts');
const target = join(projectRoot, 'dist/article.schema.json');

const bundled = await build({
  entryPoints: [source],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  define: buildConstants,
  write: false,
  logLevel: 'error',
});
const code = bundled.outputFiles[0].text;
const { articleSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
if (!articleSchema || typeof articleSchema !== 'object') {
  throw new Error(`${relative(projectRoot, source)} does not export an articleSchema object`);
}

mkdirSync(join(projectRoot, 'dist'), { recursive: true });
writeFileSync(target, `${JSON.stringify(articleSchema, null, 2)}\n`);
console.log(`wrote ${relative(projectRoot, target)}`);
