import { LatestNews } from '../latest-news/latest-news.js';
import { defineElements } from '../shared/define.js';

defineElements({ 'latest-news': LatestNews });
