import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews, NewsArticle } from '../src/index.js';
import type { ArticleData, NewsItemData } from '../src/data/index.js';
import { captureErrors, settled } from './support/helpers.js';

// Sizes far beyond any real article, to show nothing breaks or gets cut off at scale; how fast
// they render is measured elsewhere.
const sectionCount = 500;
const latestCount = 10_000;

function largeArticle(): ArticleData {
  return {
    headline: 'An article with five hundred sections',
    datePublished: '2025-10-23',
    inLanguage: 'en-GB',
    sections: Array.from({ length: sectionCount }, (_, index) => ({
      heading: `Section ${index + 1}`,
      blocks: [
        `First paragraph of section ${index + 1}.`,
        `Second paragraph of section ${index + 1}.`,
        { type: 'list', items: ['First point', 'Second point', 'Third point'] },
      ],
    })),
  };
}

function manyStories(): NewsItemData[] {
  return Array.from({ length: latestCount }, (_, index) => ({
    headline: `Story ${index + 1}`,
    url: `/stories/${index + 1}`,
    datePublished: new Date(Date.UTC(2025, 9, 23) - index * 60_000).toISOString(),
  }));
}

describe('at scale', () => {
  it('renders an article with 500 sections', async function () {
    this.timeout(60000);
    const errors = captureErrors();
    try {
      const article = await fixture<NewsArticle>(html`<news-article .article=${largeArticle()}></news-article>`);
      await settled(article);
      const sections = Array.from(article.shadowRoot!.querySelectorAll('[part="article-section"]'));
      expect(sections).to.have.length(sectionCount);
      const lastHeading = sections.at(-1)!.querySelector('h2');
      expect(lastHeading?.textContent?.trim()).to.equal(`Section ${sectionCount}`);
      const paragraphs = sections.flatMap((section) => Array.from(section.querySelectorAll('p')));
      expect(paragraphs).to.have.length(2 * sectionCount);
      const listItems = article.shadowRoot!.querySelectorAll('[part="bullet-list-item"]');
      expect(listItems).to.have.length(3 * sectionCount);
      expect(errors.events).to.deep.equal([]);
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('renders a latest-news list of 10,000 items', async function () {
    this.timeout(60000);
    const errors = captureErrors();
    try {
      const latest = await fixture<LatestNews>(html`<latest-news .items=${manyStories()}></latest-news>`);
      await settled(latest);
      const items = latest.shadowRoot!.querySelectorAll('li');
      expect(items).to.have.length(latestCount);
      expect(items[latestCount - 1].querySelector('a')?.textContent?.trim()).to.equal(`Story ${latestCount}`);
      expect(errors.events).to.deep.equal([]);
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
