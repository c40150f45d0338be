/**
 * Writes the design tokens of src/shared/tokens.ts in the Design Tokens Community Group format:
 * dist/tokens.json (every token; exported as `news-elements/tokens.json`) and
 * dist/tokens.dark.json (the tokens whose value differs in dark; `news-elements/tokens.dark.json`).
 *
 * Run: `npm run build:tokens` (a step of `npm run build`).
 *
 * Node cannot import TypeScript, so the module is bundled in memory with esbuild and imported
 * from a data: URL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const projectRoot = resolve(import.meta.dirname, '..');

const bundled = await build({
  entryPoints: [join(projectRoot, 'src/shared/tokens-format.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const { designTokens, darkDesignTokens } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

mkdirSync(join(projectRoot, 'dist'), { recursive: true });
const written = [
  ['dist/tokens.json', designTokens()],
  ['dist/tokens.dark.json', darkDesignTokens()],
].map(([file, document]) => {
  writeFileSync(join(projectRoot, file), `${JSON.stringify(document, null, 2)}\n`);
  return file;
});
console.log(`wrote ${written.join(', ')}`);
