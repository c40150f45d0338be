import { expect, fixture, html } from '@open-wc/testing';
import type { AuthorCard, LatestNews, NewsArticle } from '../../src/index.js';
import {
  defaultLabels,
  labelLanguage,
  labelLanguages,
  loadLabels,
  type ArticleData,
  type Labels,
} from '../../src/data/index.js';
import { englishLabelWords, englishSourceWords } from '../support/english-labels.js';
import { demoArticle } from '../support/fixtures.js';
import { deepQuery, renderArticle, settled, shadowPart as partOf, textOf } from '../support/helpers.js';

/** The article as a newsroom in each language files it: with no `labels`, its labels are the built-in ones. */
async function articleIn(inLanguage: string): Promise<ArticleData> {
  const data = await demoArticle();
  return {
    ...data,
    inLanguage,
    dateModified: '2025-10-24',
    author: [
      { name: 'Siti', sameAs: ['mailto:siti@news.example', 'tel:+60312345678'] },
      { name: 'Ravi', jobTitle: 'Markets editor' },
    ],
    latest: [{ headline: 'Ringgit firms as trade talks near', url: '/ringgit', datePublished: '2025-10-22' }],
  };
}

/** Every label a reader sees in the article, read from where it is shown. */
function shownLabels(article: NewsArticle): string[] {
  const byline = partOf(article, 'byline')!;
  // Each item of the byline starts with its label: the first text in it.
  const prefixes = Array.from(byline.querySelectorAll(':scope > span:not(.separator)'), (item) =>
    Array.from(item.childNodes)
      .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      ?.textContent!.trim(),
  ).filter((text): text is string => !!text);
  const links = Array.from(partOf(article, 'authors')!.querySelectorAll('[part~="author-card-links"] a'), textOf);
  return [
    textOf(deepQuery(article, 'skip-link')),
    partOf(article, 'aside')!.getAttribute('aria-label')!,
    textOf(partOf(article, 'latest-news-label')),
    ...Array.from(partOf(article, 'authors')!.querySelectorAll('[part~="author-card-label"]'), textOf),
    ...prefixes,
    ...links,
  ];
}

const cases: { language: string; direction: 'ltr' | 'rtl'; script: RegExp; expected: Partial<Labels> }[] = [
  {
    language: 'ar',
    direction: 'rtl',
    script: /\p{Script=Arabic}/u,
    expected: { latestNews: 'آخر الأخبار', by: 'بقلم', updated: 'آخر تحديث' },
  },
  { language: 'he', direction: 'rtl', script: /\p{Script=Hebrew}/u, expected: { latestNews: 'חדשות אחרונות' } },
  { language: 'zh-Hans', direction: 'ltr', script: /\p{Script=Han}/u, expected: { latestNews: '最新消息' } },
  { language: 'ja', direction: 'ltr', script: /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u, expected: {} },
  { language: 'hi', direction: 'ltr', script: /\p{Script=Devanagari}/u, expected: { latestNews: 'ताज़ा ख़बरें' } },
  {
    language: 'ms',
    direction: 'ltr',
    script: /^[\p{Script=Latin}\s.:-]+$/u,
    expected: { latestNews: 'Berita Terkini' },
  },
];

describe('<news-article> labels in the article’s language', () => {
  for (const { language, direction, script, expected } of cases) {
    it(`shows every label in ${language} when the article is in ${language}, with no labels given`, async () => {
      const article = await renderArticle(html`<news-article .article=${await articleIn(language)}></news-article>`);
      const labels = await loadLabels(language);
      for (const [key, text] of Object.entries(expected)) expect(labels[key as keyof Labels]).to.equal(text);

      const shown = shownLabels(article);
      expect(shown).to.include.members([
        labels.skipToContent,
        labels.latestNews,
        // Two authors: one card, "About the authors".
        labels.aboutAuthors,
        labels.email,
        labels.phone,
        labels.by,
        labels.published,
        labels.updated,
      ]);
      for (const label of shown) {
        // Not one English word: every label is written in the language's own script (Malay: Latin, not English).
        expect(label, label).to.match(script);
        if (language !== 'ms') expect(label, label).to.not.match(/[A-Za-z]/);
      }
      const text = textOf(article);
      for (const english of englishLabelWords) expect(text).to.not.include(english);

      const base = partOf(article, 'base')!;
      expect(base.lang).to.equal(language);
      expect(base.dir).to.equal(direction);
      expect(getComputedStyle(partOf(article, 'byline')!).direction).to.equal(direction);
      await expect(article).to.be.accessible();
    });
  }

  it('shows English labels for an English article, and for a language it has no labels for', async () => {
    for (const language of ['en', 'en-GB', 'kl']) {
      const article = await renderArticle(html`<news-article .article=${await articleIn(language)}></news-article>`);
      expect(shownLabels(article), language).to.include.members([
        defaultLabels.skipToContent,
        defaultLabels.latestNews,
        defaultLabels.aboutAuthors,
        defaultLabels.by,
      ]);
    }
  });

  it('merges a partial labels object over the language’s labels', async () => {
    const article = await renderArticle(
      html`<news-article .labels=${{ latestNews: 'الأخبار' }} .article=${await articleIn('ar')}></news-article>`,
    );
    expect(textOf(partOf(article, 'latest-news-label'))).to.equal('الأخبار');
    expect(textOf(deepQuery(article, 'skip-link'))).to.equal('انتقل إلى المحتوى');
  });

  it('takes the language from the page’s lang when the article has no inLanguage', async () => {
    const data = await articleIn('de');
    delete data.inLanguage;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="pt-BR"><news-article .article=${data}></news-article></div>`,
    );
    const article = wrapper.querySelector('news-article')!;
    await settled(article);
    expect(textOf(partOf(article, 'latest-news-label'))).to.equal('Últimas notícias');
    expect(textOf(partOf(article, 'byline'))).to.match(/^Por Siti e Ravi · Publicado /);
  });

  it('takes the labels’ language from locale, as the dates do: no "Updated 23 Oktober"', async () => {
    // A host or Storybook that sets `locale` over an English article on an English page.
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <news-article locale="de-DE" .article=${await articleIn('en')}></news-article>
        <latest-news locale="de" .items=${[{ headline: 'Börse', datePublished: '2025-10-22' }]}></latest-news>
      </div>`,
    );
    await settled(wrapper);
    const article = wrapper.querySelector('news-article')!;
    const byline = textOf(partOf(article, 'byline'));
    expect(byline).to.match(
      /^Von Siti und Ravi · Veröffentlicht \d+\. Oktober 2025 · Aktualisiert \d+\. Oktober 2025$/,
    );
    expect(textOf(partOf(article, 'latest-news-label'))).to.equal('Neueste Nachrichten');
    expect(textOf(deepQuery(article, 'skip-link'))).to.equal('Zum Inhalt springen');
    const latest = wrapper.querySelector<LatestNews>('latest-news')!;
    expect(textOf(partOf(latest, 'label'))).to.equal('Neueste Nachrichten');
    expect(textOf(partOf(latest, 'time'))).to.equal('22.10.2025');
  });

  it('renders the first time in the article’s language: no English shown while its labels load', async () => {
    const seen: string[] = [];
    const data = await articleIn('th');
    const element = document.createElement('news-article') as NewsArticle;
    element.article = data;
    const observer = new MutationObserver(() => {
      const label = element.shadowRoot?.querySelector('[part~="latest-news-label"]');
      if (label) seen.push(label.textContent!.trim());
    });
    document.body.append(element);
    observer.observe(element.shadowRoot ?? element, { subtree: true, childList: true, characterData: true });
    await settled(element);
    seen.push(textOf(partOf(element, 'latest-news-label')));
    observer.disconnect();
    element.remove();
    expect(seen.length).to.be.greaterThan(0);
    expect(new Set(seen)).to.deep.equal(new Set(['ข่าวล่าสุด']));
  });

  it('gives slotted elements the article’s language, and standalone ones the page’s', async () => {
    const data = await articleIn('zh-TW');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-article .article=${data}>
          <latest-news slot="aside" .items=${[{ headline: '台股收盤', datePublished: '2025-10-22' }]}></latest-news>
        </news-article>
        <div lang="ko"><author-card .author=${[{ name: '김민지' }, { name: '이서준' }]}></author-card></div>
        <skip-link lang="ur" target="nowhere"></skip-link>
      </div>`,
    );
    await settled(wrapper);
    const latest = wrapper.querySelector<LatestNews>('latest-news')!;
    expect(textOf(partOf(latest, 'label'))).to.equal('最新消息');
    const card = wrapper.querySelector<AuthorCard>('author-card')!;
    expect(textOf(partOf(card, 'label'))).to.equal('필자 소개');
    expect(textOf(wrapper.querySelector('skip-link'))).to.equal('مواد پر جائیں');
  });

  it('puts the language’s punctuation between the dateline’s place and date', async () => {
    const separators: Record<string, string> = {
      // A mark and a space; none after full-width punctuation; a space alone in Thai.
      en: ', ',
      ar: '، ',
      fa: '، ',
      ur: '، ',
      'zh-Hans': '，',
      'zh-Hant': '，',
      ja: '、',
      th: ' ',
      de: ', ',
    };
    for (const [language, separator] of Object.entries(separators)) {
      const article = await renderArticle(html`<news-article .article=${await articleIn(language)}></news-article>`);
      const dateline = article.shadowRoot!.querySelector('.dateline')!;
      const date = dateline.querySelector('time')!.textContent;
      expect(dateline.textContent, language).to.equal(`Kuala Lumpur${separator}${date}`);
    }
    // A standalone section takes its page’s language; `labels` replaces the mark as any text (here,
    // a house style that keeps the Latin comma).
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar">
        <article-section dateline="كوالالمبور" date="2025-10-23" .blocks=${['نص.']}></article-section>
      </div>`,
    );
    await settled(wrapper);
    const section = wrapper.querySelector('article-section')!;
    expect(section.shadowRoot!.querySelector('.dateline')!.textContent).to.match(
      /^كوالالمبور، \d|^كوالالمبور، [\u0660-\u0669]/,
    );
    const replaced = await renderArticle(
      html`<news-article .labels=${{ datelineSeparator: ',' }} .article=${await articleIn('ar')}></news-article>`,
    );
    expect(replaced.shadowRoot!.querySelector('.dateline')!.textContent).to.match(
      /^Kuala Lumpur, \d|^Kuala Lumpur, [\u0660-\u0669]/,
    );
  });

  it('uses "About the authors" for a card with several people', async () => {
    const card = await fixture<AuthorCard>(
      html`<author-card .author=${[{ name: 'Ana' }, { name: 'Ben' }]}></author-card>`,
    );
    await settled(card);
    expect(textOf(partOf(card, 'label'))).to.equal('About the authors');
  });

  it('picks the language by its tag: regions and scripts', () => {
    const expected: Record<string, string> = {
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-Hant': 'zh-Hant',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'pt-BR': 'pt',
      'pt-PT': 'pt',
      'ar-EG': 'ar',
      iw: 'he',
      in: 'id',
      'ms-MY': 'ms',
      'en-GB': 'en',
      kl: 'en',
      'not a tag': 'en',
    };
    for (const [tag, language] of Object.entries(expected)) expect(labelLanguage(tag), tag).to.equal(language);
  });

  it('loads every label of every language, each different from English', async () => {
    // The labels of the v1.1 blocks, whose English defaults load with the blocks.
    const blockKeys = [
      'note',
      'noteCorrection',
      'noteEditor',
      'noteUpdate',
      'table',
      'playVideo',
      'loadEmbed',
      'openEmbed',
    ];
    // The texts of `src`, whose English defaults come with its loader.
    const sourceKeys = ['loading', 'loadFailed', 'retry', 'newStories'];
    expect(labelLanguages()).to.have.length(26);
    for (const language of labelLanguages().filter((tag) => tag !== 'en')) {
      const labels = await loadLabels(language);
      expect(Object.keys(labels).sort(), language).to.deep.equal(
        [...Object.keys(defaultLabels), ...blockKeys, ...sourceKeys].sort(),
      );
      expect(labels.playVideo, language).to.include('{title}');
      expect(labels.loadEmbed, language).to.include('{provider}');
      expect(labels.openEmbed, language).to.include('{provider}');
      expect(labels.latestNews, language).to.not.equal(defaultLabels.latestNews);
      expect(labels.skipToContent, language).to.not.equal(defaultLabels.skipToContent);
      for (const english of englishSourceWords) {
        for (const key of sourceKeys) expect(labels[key as keyof Labels], `${language} ${key}`).to.not.include(english);
      }
      expect(labels.newStories, language).to.match(/\bother\s*\{[^{}]*\}/);
    }
  });
});
