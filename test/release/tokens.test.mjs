/**
 * The published token files, dist/tokens.json and dist/tokens.dark.json, are the documents
 * src/shared/tokens-format.ts makes from the token table (test/node/tokens.test.mjs checks their
 * format, test/tokens.test.ts their values against the CSS), and the package exports them. Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const readJson = (path) => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));

test('dist/tokens.json and dist/tokens.dark.json are up to date with src/shared/tokens.ts', async () => {
  const { designTokens, darkDesignTokens } = await importSources(
    "export { designTokens, darkDesignTokens } from './src/shared/tokens-format.ts';",
  );
  assert.deepEqual(readJson('dist/tokens.json'), designTokens(), 'run `npm run build:tokens`');
  assert.deepEqual(readJson('dist/tokens.dark.json'), darkDesignTokens(), 'run `npm run build:tokens`');
});

test('the package exports them as news-elements/tokens.json and news-elements/tokens.dark.json', () => {
  const { exports } = readJson('package.json');
  assert.equal(exports['./tokens.json'], './dist/tokens.json');
  assert.equal(exports['./tokens.dark.json'], './dist/tokens.dark.json');
});
