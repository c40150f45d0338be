import { ArticleSection } from '../article-section/article-section.js';
import { AuthorCard } from '../author-card/author-card.js';
import { BulletList } from '../bullet-list/bullet-list.js';
import { LatestNews } from '../latest-news/latest-news.js';
import { NewsArticle } from '../news-article/news-article.js';
import { defineElements } from '../shared/define.js';
import { SkipLink } from '../skip-link/skip-link.js';

// With the tags its own template uses, in one call: one warning at most.
defineElements({
  'news-article': NewsArticle,
  'article-section': ArticleSection,
  'bullet-list': BulletList,
  'author-card': AuthorCard,
  'latest-news': LatestNews,
  'skip-link': SkipLink,
});
