import type * as StructuredDataChunk from '../news-article/structured-data.js';

let loading: Promise<typeof StructuredDataChunk> | undefined;

/**
 * Loads `structuredData` and `jsonLdText` (see `src/data/structured-data.ts`), with what
 * `<news-article>` writes its JSON-LD by: a file of their own, the structured-data chunk, which an
 * article fetches after its first render, since search engines run a page's scripts and wait for it
 * to load. The self-contained CDN file has them only through this loader; a server or a page
 * that builds the JSON-LD itself awaits it once. Rejects when the chunk could not load.
 */
export const loadStructuredData = (): Promise<typeof StructuredDataChunk> =>
  (loading ??= import('../news-article/structured-data.js'));
