import 'news-elements/define';
import type { NewsErrorDetail } from 'news-elements';
import { mount } from 'svelte';
import App from './App.svelte';

declare global {
  interface Window {
    /** What the `onnews-error` handlers received, per article, for the test to read. */
    newsErrors: Record<string, NewsErrorDetail[]>;
  }
}

window.newsErrors = { good: [], bad: [] };
mount(App, { target: document.getElementById('app')! });
