/**
 * The self-contained file for a host's `<script type="module">`: Lit inside, all six elements
 * defined. It exports what `news-elements` does, except `structuredData` and `jsonLdText`, which
 * are in a chunk of their own (`await loadStructuredData()` gives them), `parseArticle`, in the
 * parsers' file (`await loadParsers()` gives it), and `loadScriptTypography`, which a server calls.
 */
import './shared/lit-globals.js';
import './define/index.js';

export {
  ArticleSection,
  AuthorCard,
  BulletList,
  LatestNews,
  NewsArticle,
  SkipLink,
  elements,
  defineElements,
  defineWithDependencies,
  newsContext,
  loadBlocks,
  loadStructuredData,
  loadLabels,
  checkUrl,
  jsonAttribute,
  Problems,
  version,
  type ElementTag,
  type ElementClass,
  type NewsContext,
  type Theme,
} from './index.js';
export { loadParsers } from './shared/parsers.js';
export type * from './data/types.js';
