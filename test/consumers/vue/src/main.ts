import 'news-elements/define';
import type { NewsErrorDetail } from 'news-elements';
import { createApp } from 'vue';
import App from './App.vue';

declare global {
  interface Window {
    /** What the `@news-error` handlers received, per article, for the test to read. */
    newsErrors: Record<string, NewsErrorDetail[]>;
  }
}

window.newsErrors = { good: [], bad: [] };
createApp(App).mount('#app');
