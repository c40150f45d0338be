import { NewsArticle } from '../news-article/news-article.js';
import { defineElements } from '../shared/define.js';
// The article's own template uses these.
import './article-section.js';
import './author-card.js';
import './latest-news.js';
import './skip-link.js';

defineElements({ 'news-article': NewsArticle });

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
