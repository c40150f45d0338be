import type * as ParseModule from '../data/parse.js';

/*
 * The CDN file's `parsers.ts` (vite.bundle.config.ts swaps it in): the parsers are the
 * `news-elements-parse-*.js` file, loaded when the first element is given data, alongside the
 * other files its first render waits for (`parsersReady`). A page of slotted content never loads it.
 */

type Parsers = typeof ParseModule;

let parsers: Parsers | undefined;
let loading: Promise<Parsers> | undefined;

export const loadParsers = (): Promise<Parsers> =>
  (loading ??= import('../data/parse.js').then((chunk) => (parsers = chunk)));

export const parsersLoaded = (): boolean => !!parsers;

// Settles either way: without the file, the element reads its data as absent and says why (`parseInput`).
export const parsersReady = (): Promise<unknown> | undefined => (parsers ? undefined : loadParsers().catch(() => {}));

/** A parser by name, called once loaded (`parseInput` calls none before). */
const loaded = <Name extends keyof Parsers>(name: Name) =>
  ((...args: never[]) => (parsers![name] as (...args: never[]) => unknown)(...args)) as Parsers[Name];

export const parseArticle = loaded('parseArticle');
export const parseBlocks = loaded('parseBlocks');
export const parseLabels = loaded('parseLabels');
export const parseListItems = loaded('parseListItems');
export const parseNewsItems = loaded('parseNewsItems');
export const parsePeople = loaded('parsePeople');
