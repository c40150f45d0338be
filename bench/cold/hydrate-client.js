/**
 * The client of the cold-load suite's "SSR + hydration" page: Lit's hydration support, then the
 * bundle's entry (src/news-elements.ts), so the elements take over the server's declarative
 * shadow DOM instead of rendering it again. The hydration support must come first: LitElement
 * looks for it when its module is evaluated. Built by scripts/bench.mjs with the bundle's
 * plugins. The first and last imports mark the client's start and the end of hydration.
 */
export { clientStarted } from './client-start.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/news-elements.ts';
export { clientSettled } from './client-settled.js';
