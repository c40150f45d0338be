import { LatestNews } from '../latest-news/latest-news.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(LatestNews);
