import { ArticleSection } from '../article-section/article-section.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(ArticleSection);
