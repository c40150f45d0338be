import '../shared/lit-globals.js';
import { NewsArticle } from '../news-article/news-article.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(NewsArticle);
