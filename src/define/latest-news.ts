import '../shared/lit-globals.js';
import { LatestNews } from '../latest-news/latest-news.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(LatestNews);
