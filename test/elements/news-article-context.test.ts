import { expect, html } from '@open-wc/testing';
import { demoArticle, latestStories, seedBio } from '../support/fixtures.js';
import { isPresent, renderArticle, shadowPart as partOf, textOf } from '../support/helpers.js';

describe('<news-article> context', () => {
  it('gives a section slotted inside it an h2 and its locale and time zone', async () => {
    const article = await renderArticle(
      html`<news-article locale="en-US" time-zone="Asia/Kuala_Lumpur" .article=${{ headline: 'Talks open' }}>
        <article-section heading="From the venue" dateline="Kuala Lumpur" date="2025-10-23T20:00:00Z" .blocks=${[
          'Delegates arrived.',
        ]}></article-section>
      </news-article>`,
    );
    const section = article.querySelector('article-section')!;
    expect(section.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('From the venue');
    // The article's locale; the dateline keeps the date written in `date`, whatever the zone.
    expect(textOf(section)).to.equal('From the venue Kuala Lumpur, October 23, 2025 — Delegates arrived.');
    await expect(article).to.be.accessible();
  });

  it('fills an <author-card slot="author"> without data with the article author', async () => {
    const article = await renderArticle(
      html`<news-article .article=${await demoArticle()}><author-card slot="author"></author-card></news-article>`,
    );
    const card = article.querySelector('author-card')!;
    expect(isPresent(card.assignedSlot)).to.equal(true);
    expect(textOf(card)).to.include('Siti').and.include(seedBio);
    // The slotted card replaces the one made from the data: the bio is shown once.
    expect(textOf(article).split(seedBio)).to.have.length(2);
    await expect(article).to.be.accessible();
  });

  it('fills a <latest-news slot="aside"> without items with the article’s latest stories', async () => {
    const article = await renderArticle(
      html`<news-article .article=${await demoArticle()}><latest-news slot="aside"></latest-news></news-article>`,
    );
    const aside = textOf(partOf(article, 'aside'));
    for (const story of latestStories) expect(aside.split(story.headline)).to.have.length(2);
  });
});
