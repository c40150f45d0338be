import type * as ParseModule from '../data/parse.js';

/*
 * The parsers the elements read their inputs with (see `NewsElement.parseInput`). Here they are in
 * the module graph, so every element has them from the start, on a server too. The CDN file takes
 * `parsers-on-demand.ts` instead (vite.bundle.config.ts), with the same exports: there the parsers
 * are a file of their own, loaded by the first element given data.
 */
export { parseArticle, parseBlocks, parseLabels, parseListItems, parseNewsItems, parsePeople } from '../data/parse.js';

/** True once the parsers can run (always, here). */
export const parsersLoaded = (): boolean => true;

/** What an element given data waits for before it reads it: nothing, here. */
export const parsersReady = (): Promise<unknown> | undefined => undefined;

/**
 * The data module's parsers (`parseArticle`, `parseNewsItems`…), for a page that checks data
 * itself: the CDN file exports this, as its parsers load on demand (`news-elements` exports
 * `parseArticle` itself).
 */
export const loadParsers = (): Promise<typeof ParseModule> => import('../data/parse.js');
