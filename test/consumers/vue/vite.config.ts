import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const newsTags = ['news-article', 'article-section', 'bullet-list', 'author-card', 'latest-news', 'skip-link'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => newsTags.includes(tag) } } })],
});
