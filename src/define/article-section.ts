import '../shared/lit-globals.js';
import { ArticleSection } from '../article-section/article-section.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(ArticleSection);
