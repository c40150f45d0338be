/** Variant (a): our elements from JSON, `<news-article>` / `<latest-news>` with the data set as a property. */
import '../../dist/cdn/news-elements.js';
import { installBench } from '../harness.js';

installBench({
  render(stage, fixture) {
    if (fixture.kind === 'article') {
      const article = document.createElement('news-article');
      article.noSkipLink = true;
      article.article = fixture.json;
      stage.append(article);
    } else {
      const list = document.createElement('latest-news');
      list.items = fixture.json;
      stage.append(list);
    }
  },
  clear(stage) {
    stage.replaceChildren();
  },
  updates: {
    headline(stage, fixture) {
      const article = stage.firstElementChild;
      article.article = { ...article.article, headline: fixture.update.headline };
    },
    append(stage, fixture) {
      const element = stage.firstElementChild;
      if (fixture.kind === 'article') {
        element.article = { ...element.article, latest: [...element.article.latest, fixture.update.story] };
      } else {
        element.items = [...element.items, fixture.update.story];
      }
    },
    locale(stage, fixture) {
      stage.firstElementChild.setAttribute('locale', fixture.update.locale);
    },
  },
});
