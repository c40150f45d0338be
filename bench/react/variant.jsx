/**
 * Variant (d): the React baseline on a bench page. A new root per measurement, rendered with
 * `flushSync`; updates are state changes, also flushed synchronously. Built into .tmp/bench/react/
 * by scripts/bench.mjs (production mode).
 */
import { createRef, useImperativeHandle, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { installBench } from '../harness.js';
import { LatestNews, NewsArticle } from './components.jsx';

function ArticlePage({ ref, initial }) {
  const [article, setArticle] = useState(initial);
  const [locale, setLocale] = useState();
  useImperativeHandle(ref, () => ({ setArticle, setLocale }), []);
  return <NewsArticle article={article} locale={locale} />;
}

function LatestPage({ ref, initial }) {
  const [items, setItems] = useState(initial);
  useImperativeHandle(ref, () => ({ setItems }), []);
  return <LatestNews items={items} locale={document.documentElement.lang} />;
}

let root;
const page = createRef();

installBench({
  render(stage, fixture) {
    root = createRoot(stage);
    const Page = fixture.kind === 'article' ? ArticlePage : LatestPage;
    flushSync(() => root.render(<Page ref={page} initial={fixture.json} />));
  },
  clear() {
    root?.unmount();
    root = undefined;
  },
  updates: {
    headline(_stage, fixture) {
      flushSync(() => page.current.setArticle((article) => ({ ...article, headline: fixture.update.headline })));
    },
    append(_stage, fixture) {
      const { story } = fixture.update;
      flushSync(() =>
        fixture.kind === 'article'
          ? page.current.setArticle((article) => ({ ...article, latest: [...article.latest, story] }))
          : page.current.setItems((items) => [...items, story]),
      );
    },
    locale(_stage, fixture) {
      flushSync(() => page.current.setLocale(fixture.update.locale));
    },
  },
});
