/**
 * The published schema, dist/article.schema.json, is the one src/data/article-schema.ts
 * describes (test/node/schema.test.mjs checks that schema against documents). Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

test('dist/article.schema.json is up to date with src/data/article-schema.ts', async () => {
  const { articleSchema } = await importSources("export { articleSchema } from './src/data/article-schema.ts';");
  const published = JSON.parse(readFileSync(join(projectRoot, 'dist/article.schema.json'), 'utf8'));
  assert.deepEqual(published, JSON.parse(JSON.stringify(articleSchema)), 'run `npm run build:schema`');
});
