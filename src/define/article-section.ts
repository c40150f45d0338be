import { ArticleSection } from '../article-section/article-section.js';
import { defineElements } from '../shared/define.js';
import './bullet-list.js';

defineElements({ 'article-section': ArticleSection });

declare global {
  interface HTMLElementTagNameMap {
    'article-section': ArticleSection;
  }
}
