/**
 * `news-elements/feeds`: the feed adapters (JSON Feed, RSS, Atom, WordPress REST) on their own,
 * so the elements' entry and the CDN file carry none of them. They work in Node too: pass a
 * `DOMParser` (e.g. from `@xmldom/xmldom`) to the XML adapters.
 */
export * from './data/feeds/index.js';
