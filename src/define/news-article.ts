import { NewsArticle } from '../news-article/news-article.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(NewsArticle);
