// One element's entry: a bundler that honours `sideEffects` keeps only <latest-news>.
import 'news-elements/define/latest-news';
import type { NewsItemData } from 'news-elements';
import seed from './seed-article.json';

const items: NewsItemData[] = [
  ...seed.latest,
  { headline: seed.headline, url: '/world/trade-talks-malaysia', datePublished: '2025-10-23T09:00:00+08:00' },
];

// Typed as LatestNews through the package's HTMLElementTagNameMap entry.
const latest = document.createElement('latest-news');
latest.items = items;
latest.timeZone = 'Asia/Kuala_Lumpur';
document.querySelector('#app')!.append(latest);
