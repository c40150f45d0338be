import { expect, html } from '@open-wc/testing';
import type { NewsArticle } from '../../src/index.js';
import { englishLabelWords } from '../support/english-labels.js';
import { demoArticle, seedArticle } from '../support/fixtures.js';
import {
  deepQuery,
  renderArticle,
  renderReporting,
  settled,
  shadowPart as partOf,
  textOf,
} from '../support/helpers.js';

describe('<news-article> labels', () => {
  const german = {
    skipToContent: 'Zum Inhalt springen',
    latestNews: 'Neueste Nachrichten',
    noLatestNews: 'Keine neuen Meldungen.',
    aboutTheAuthor: 'Über die Autorin',
    aboutAuthors: 'Über die Autoren',
    published: 'Veröffentlicht',
    updated: 'Aktualisiert',
    by: 'Von',
    email: 'E-Mail',
    phone: 'Telefon',
  };

  function expectGermanLabels(article: NewsArticle): void {
    expect(textOf(deepQuery(article, 'skip-link'))).to.equal('Zum Inhalt springen');
    expect(textOf(partOf(article, 'byline'))).to.equal(
      'Von Siti · Veröffentlicht 23 October 2025 · Aktualisiert 24 October 2025',
    );
    expect(partOf(article, 'aside')!.getAttribute('aria-label')).to.equal('Neueste Nachrichten');
    expect(textOf(partOf(article, 'aside'))).to.match(/^Neueste Nachrichten /);
    expect(textOf(partOf(article, 'authors'))).to.match(/^Über die Autorin /);
    const text = textOf(article);
    for (const english of englishLabelWords) expect(text).to.not.include(english);
  }

  it('replaces every label from the labels attribute', async () => {
    const data = { ...(await demoArticle()), dateModified: '2025-10-24' };
    data.author = { ...data.author, sameAs: ['mailto:siti@news.example', 'tel:+60312345678'] };
    const article = await renderArticle(
      html`<news-article labels=${JSON.stringify(german)} .article=${data}></news-article>`,
    );
    expectGermanLabels(article);
    expect(textOf(partOf(article, 'authors')))
      .to.include('E-Mail')
      .and.include('Telefon');
    await expect(article).to.be.accessible();
  });

  it('replaces the labels from the labels property, also after the first render', async () => {
    const data = { ...(await demoArticle()), dateModified: '2025-10-24' };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti · Published 23 October 2025 · Updated 24 October 2025');
    article.labels = german;
    await settled(article);
    expectGermanLabels(article);
  });

  it('gives its label for "no stories" to a slotted latest-news without stories', async () => {
    const article = await renderArticle(
      html`<news-article .labels=${german} .article=${await seedArticle()}
        ><latest-news slot="aside"></latest-news
      ></news-article>`,
    );
    expect(textOf(partOf(article, 'aside'))).to.equal('Neueste Nachrichten Keine neuen Meldungen.');
  });

  it('keeps the other labels when one label is of the wrong type, and reports it', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article labels='{"by": true, "updated": "Aktualisiert"}' .article=${{
        ...(await demoArticle()),
        dateModified: '2025-10-24',
      }}></news-article>`,
    );
    expect(fields).to.deep.equal(['labels.by']);
    expect(textOf(partOf(article, 'byline'))).to.equal(
      'By Siti · Published 23 October 2025 · Aktualisiert 24 October 2025',
    );
  });

  it('reports labels that are not valid JSON and keeps the default labels', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article labels='{"by": ' .article=${await demoArticle()}></news-article>`,
    );
    expect(fields).to.deep.equal(['labels']);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti');
  });
});

describe('<news-article> language and direction', () => {
  const cases = [
    { language: 'ar', direction: 'rtl' },
    { language: 'he', direction: 'rtl' },
    { language: 'en', direction: 'ltr' },
    { language: 'en-GB', direction: 'ltr' },
  ];
  for (const { language, direction } of cases) {
    it(`sets lang="${language}" and dir="${direction}" on the page wrapper for inLanguage "${language}"`, async () => {
      const article = await renderArticle(
        html`<news-article .article=${{ ...(await demoArticle()), inLanguage: language }}></news-article>`,
      );
      const base = partOf(article, 'base')!;
      expect(base.getAttribute('lang')).to.equal(language);
      expect(base.getAttribute('dir')).to.equal(direction);
      expect(getComputedStyle(partOf(article, 'article')!).direction).to.equal(direction);
      await expect(article).to.be.accessible();
    });
  }

  it('takes the language from the locale attribute when the data has none', async () => {
    const data = await demoArticle();
    delete data.inLanguage;
    const article = await renderArticle(html`<news-article locale="ar-EG" .article=${data}></news-article>`);
    expect(partOf(article, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(partOf(article, 'base')!.getAttribute('lang')).to.equal('ar-EG');
  });
});
