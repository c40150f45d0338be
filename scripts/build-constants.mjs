/**
 * The constants every compiler of src/ defines (Vite for the lib and the bundle, Storybook's
 * Vite, the test runner's esbuild, the Node scripts that bundle src/ with esbuild): the package
 * version, read from package.json so that no other file writes it. src/version.ts reads it.
 */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** For a `define` option: each name maps to the JavaScript source of its value. */
export const buildConstants = { __NEWS_ELEMENTS_VERSION__: JSON.stringify(version) };
