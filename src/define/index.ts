/** Defines all six elements. */
import './article-section.js';
import './author-card.js';
import './bullet-list.js';
import './latest-news.js';
import './news-article.js';
import './skip-link.js';
