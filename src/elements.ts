import { ArticleSection } from './article-section/article-section.js';
import { AuthorCard } from './author-card/author-card.js';
import { BulletList } from './bullet-list/bullet-list.js';
import { LatestNews } from './latest-news/latest-news.js';
import { NewsArticle } from './news-article/news-article.js';
import { SkipLink } from './skip-link/skip-link.js';

/**
 * Every element class of the library, each naming its own `tagName` and `dependencies`. The
 * registration of all tags, the React wrappers and the tooling (manifest, Storybook, tests) are
 * derived from the classes; importing one element's entry does not load this list.
 */
export const elements = [NewsArticle, ArticleSection, BulletList, AuthorCard, LatestNews, SkipLink] as const;

/** The tag of one of the library's elements. */
export type ElementTag = (typeof elements)[number]['tagName'];
