/**
 * The client of the cold-load suite's "elements from JSON" page: the bundle's entry
 * (src/news-elements.ts), built by scripts/bench.mjs with the bundle's plugins like the
 * hydrating client, without Lit's hydration support. The first and last imports mark the
 * client's start and the end of the first render, so that the two pages' figures compare.
 */
export { clientStarted } from './client-start.js';
import '../../src/news-elements.ts';
export { clientSettled } from './client-settled.js';
