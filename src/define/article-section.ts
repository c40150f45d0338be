import { ArticleSection } from '../article-section/article-section.js';
import { BulletList } from '../bullet-list/bullet-list.js';
import { defineElements } from '../shared/define.js';

// With the list its blocks use, in one call: one warning at most.
defineElements({ 'article-section': ArticleSection, 'bullet-list': BulletList });
