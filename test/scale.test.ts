import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews, NewsArticle } from '../src/index.js';
import type { ArticleData, NewsItemData } from '../src/data/index.js';
import { maxStoriesGiven } from '../src/data/parse.js';
import { captureErrors, settled } from './support/helpers.js';

// Sizes far beyond any real article, to show nothing breaks or gets cut off at scale, up to the
// limits (src/data/parse.ts: 1,000 sections and blocks in all); how fast they render is measured
// elsewhere. Past the limits: test/security/limits.test.ts.
const sectionCount = 250;
const latestCount = 10_000;
const maxItems = 1_000;

function largeArticle(): ArticleData {
  return {
    headline: 'An article with two hundred and fifty sections',
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
  it(`renders an article with ${sectionCount} sections`, async function () {
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

  it('renders a latest-news list of 10,000 items, max-items="1000" asked, the 500 read shown', async function () {
    this.timeout(60000);
    const errors = captureErrors();
    try {
      const latest = await fixture<LatestNews>(
        html`<latest-news max-items=${maxItems} .items=${manyStories()}></latest-news>`,
      );
      await settled(latest);
      const items = latest.shadowRoot!.querySelectorAll('li');
      expect(items).to.have.length(maxStoriesGiven);
      expect(items[maxStoriesGiven - 1].querySelector('a')?.textContent?.trim()).to.equal(`Story ${maxStoriesGiven}`);
      expect(errors.events.map((event) => event.reason)).to.deep.equal([
        `has ${latestCount} stories, more than the ${maxStoriesGiven} allowed; only the first ${maxStoriesGiven} are shown`,
      ]);
      expect(errors.messages).to.have.length(1);
    } finally {
      errors.restore();
    }
  });
});
