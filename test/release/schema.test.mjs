/**
 * The published schema, dist/article.schema.json, is the one src/data/article-schema.ts
 * describes (test/node/schema.test.mjs checks that schema against documents). Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { buildConstants } from '../../scripts/build-constants.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

test('dist/article.schema.json is up to date with src/data/article-schema.ts', async () => {
  const bundled = await build({
    entryPoints: [join(projectRoot, 'src/data/article-schema.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    define: buildConstants,
    write: false,
    logLevel: 'error',
  });
  const { articleSchema } = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
  );
  const published = JSON.parse(readFileSync(join(projectRoot, 'dist/article.schema.json'), 'utf8'));
  assert.deepEqual(published, JSON.parse(JSON.stringify(articleSchema)), 'run `npm run build:schema`');
});
