import type { ArticleData, NewsErrorDetail } from 'news-elements';
import { createRoot } from 'react-dom/client';
import { Parts, Story } from './App';
import seed from './seed-article.json';

declare global {
  interface Window {
    /** What `onNewsError` received, per rendered story, for the test to read. */
    newsErrors: Record<string, NewsErrorDetail[]>;
  }
}

window.newsErrors = { good: [], bad: [] };
const article = seed as ArticleData;
// A CMS mistake: the article's own link is a script URL, which the element drops and reports.
const badArticle: ArticleData = { ...article, url: 'javascript:alert(1)' };

for (const [id, data] of [
  ['good', article],
  ['bad', badArticle],
] as const) {
  createRoot(document.getElementById(id)!).render(
    <Story article={data} onProblem={(detail) => window.newsErrors[id]!.push(detail)} />,
  );
}
createRoot(document.getElementById('parts')!).render(<Parts />);
