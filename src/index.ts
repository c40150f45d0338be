/** The element classes and the data contract's types. Importing this module defines no tag: see `news-elements/define`. */
export { ArticleSection } from './article-section/article-section.js';
export { AuthorCard } from './author-card/author-card.js';
export { BulletList } from './bullet-list/bullet-list.js';
export { LatestNews } from './latest-news/latest-news.js';
export { NewsArticle } from './news-article/news-article.js';
export { SkipLink } from './skip-link/skip-link.js';
export { elements, type ElementTag } from './elements.js';
export { defineElements, defineWithDependencies, type ElementClass } from './shared/define.js';
export { newsContext, type NewsContext } from './shared/context.js';
export { loadBlocks } from './shared/blocks.js';
export { loadScriptTypography } from './shared/script-typography.js';
export { loadStructuredData } from './shared/structured-data-loader.js';
export { parseArticle } from './data/parse.js';
export type { Theme } from './shared/news-element.js';
export { checkUrl, jsonAttribute, jsonLdText, loadLabels, Problems, structuredData } from './data/index.js';
export type * from './data/types.js';
export { version } from './version.js';
