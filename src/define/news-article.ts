import { NewsArticle } from '../news-article/news-article.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(NewsArticle);
