/** Defines all six elements, in one call, so that a second copy on the page gives one warning. */
import { ArticleSection } from '../article-section/article-section.js';
import { AuthorCard } from '../author-card/author-card.js';
import { BulletList } from '../bullet-list/bullet-list.js';
import { LatestNews } from '../latest-news/latest-news.js';
import { NewsArticle } from '../news-article/news-article.js';
import { defineElements } from '../shared/define.js';
import { SkipLink } from '../skip-link/skip-link.js';
// The six tags' HTMLElementTagNameMap entries.
import type {} from './article-section.js';
import type {} from './author-card.js';
import type {} from './bullet-list.js';
import type {} from './latest-news.js';
import type {} from './news-article.js';
import type {} from './skip-link.js';

defineElements({
  'news-article': NewsArticle,
  'article-section': ArticleSection,
  'bullet-list': BulletList,
  'author-card': AuthorCard,
  'latest-news': LatestNews,
  'skip-link': SkipLink,
});
